// Where the Electron binary is, if the `electron` package's postinstall managed to download it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The binary's path, found the way the package's index.js finds it (path.txt names it inside
 * dist/), without requiring index.js: since Electron 45 requiring it starts a download when the
 * binary is missing, which here only fails slowly.
 */
export function electronBinaryPath(): string | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null; // never downloaded
  const relative = readFileSync(pathFile, 'utf8');
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}

export function electronVersion(): string {
  return (require('electron/package.json') as { version: string }).version;
}

export function missingBinaryMessage(): string {
  const version = electronVersion();
  return [
    `The Electron ${version} binary is missing: the electron package downloads it when it is installed,`,
    'and that download did not happen here (this machine cannot reach the download server).',
    'To get it:',
    '  - on a machine with network access: `npm install` (or `npx install-electron`);',
    '  - through a mirror: `ELECTRON_MIRROR=<mirror url> node node_modules/electron/install.js`;',
    `  - or, after \`npm run build\`, run the app with \`npx electron@${version} .\``,
    'Without Electron, `npm run e2e` still plays the built renderer in Chromium.',
  ].join('\n');
}
