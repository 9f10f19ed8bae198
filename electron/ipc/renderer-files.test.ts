import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveRendererFile } from './renderer-files';

describe('resolveRendererFile', () => {
  const root = '/srv/renderer';
  it('maps paths inside the folder, with / as index.html', () => {
    expect(resolveRendererFile(root, new URL('app://refquest/'))).toBe('/srv/renderer/index.html');
    expect(resolveRendererFile(root, new URL('app://refquest/assets/main.js?v=1'))).toBe('/srv/renderer/assets/main.js');
  });
  it('refuses escapes, encoded or not', () => {
    // the URL parser already folds a leading %2e%2e segment, so this one stays inside
    expect(resolveRendererFile(root, new URL('app://refquest/%2e%2e/secret.txt'))).toBe('/srv/renderer/secret.txt');
    expect(resolveRendererFile(root, new URL('app://refquest/assets/%2e%2e%2f..%2fetc%2fpasswd'))).toBeNull();
    expect(resolveRendererFile(root, new URL('app://refquest/%E0%A4%A'))).toBeNull();
  });
  it('names content types', () => {
    expect(contentTypeOf('a/index.html')).toMatch(/text\/html/);
    expect(contentTypeOf('a/b.JS')).toMatch(/javascript/);
    expect(contentTypeOf('a/b.bin')).toBe('application/octet-stream');
  });
});
