// Builds the app: main + preload with esbuild (CommonJS, Electron external) into dist/electron,
// and the renderer with Vite into dist/renderer. `--only=electron` or `--only=renderer` builds one half.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const repoRoot = path.resolve(import.meta.dirname, '..');
const electronOut = path.join(repoRoot, 'dist', 'electron');

export async function buildElectron(): Promise<void> {
  await esbuild({
    entryPoints: {
      main: path.join(repoRoot, 'electron/main.ts'),
      preload: path.join(repoRoot, 'electron/preload.ts'),
      // the engine runs in worker threads (electron/worker/); main starts them from this file
      'engine-worker': path.join(repoRoot, 'electron/worker/engine-worker.ts'),
    },
    outdir: electronOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  });
  // package.json says "type": "module"; these bundles are CommonJS.
  await mkdir(electronOut, { recursive: true });
  await writeFile(path.join(electronOut, 'package.json'), '{ "type": "commonjs" }\n');
}

export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: path.join(repoRoot, 'scripts/vite.renderer.config.ts') });
}

export async function buildAll(only?: string): Promise<void> {
  if (only !== 'renderer') await buildElectron();
  if (only !== 'electron') await buildRenderer();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  await buildAll(only);
  console.log(`built ${only ?? 'electron + renderer'} into dist/`);
}
