// Where the Electron binary is, if the `electron` package's postinstall managed to download it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinaryPath(): string | null {
  try {
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null; // the package throws when its binary was never downloaded
  }
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
    '  - on a machine with network access: `npm install` (or `node node_modules/electron/install.js`);',
    '  - through a mirror: `ELECTRON_MIRROR=<mirror url> node node_modules/electron/install.js`;',
    `  - or, after \`npm run build\`, run the app with \`npx electron@${version} .\``,
    'Without Electron, `npm run e2e` still plays the built renderer in Chromium.',
  ].join('\n');
}
