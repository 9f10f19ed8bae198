// Builds the heap diagram's dev page (renderer/heap/dev.html) with Vite into dist/heap-dev and
// writes the sample traces beside it as samples.json. Kept apart from the app's renderer build
// so the dev page never ships.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { traceSamples } from './samples';
import { traceSizedSamples } from './sized-samples';

const repoRoot = path.resolve(import.meta.dirname, '../..');
export const DEV_PAGE_DIR = path.join(repoRoot, 'dist', 'heap-dev');

export async function buildDevPage(): Promise<string> {
  await build({
    configFile: false,
    root: path.join(repoRoot, 'renderer', 'heap'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: DEV_PAGE_DIR,
      emptyOutDir: true,
      target: 'chrome120',
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rollupOptions: { input: path.join(repoRoot, 'renderer', 'heap', 'dev.html') },
    },
  });
  await writeFile(path.join(DEV_PAGE_DIR, 'samples.json'), JSON.stringify([...traceSamples(), ...traceSizedSamples()]));
  return DEV_PAGE_DIR;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(`dev page built into ${await buildDevPage()}`);
}
