// Vite config for the renderer: renderer/ -> dist/renderer, relative asset paths so the build
// works from app://, file:// and the e2e host's static server alike.
import path from 'node:path';
import { defineConfig } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root: path.join(repoRoot, 'renderer'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(repoRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // the CSP forbids inline scripts: keep every module a file
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
