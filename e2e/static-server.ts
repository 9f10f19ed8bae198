// A tiny localhost server for the built renderer, sending the same CSP header as main's app://.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeOf, resolveRendererFile } from '../electron/ipc/renderer-files';
import { CONTENT_SECURITY_POLICY } from '../electron/ipc/security';

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = resolveRendererFile(root, new URL(request.url ?? '/', 'http://localhost'));
    const fail = () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    };
    if (!file || request.method !== 'GET') return fail();
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': contentTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'cache-control': 'no-store',
        });
        response.end(body);
      },
      fail,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
