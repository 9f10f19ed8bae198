// `npm start`: build everything, then run the app in Electron (or say plainly why it cannot).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildAll } from './build';
import { electronBinaryPath, missingBinaryMessage } from './electron-binary';

const repoRoot = path.resolve(import.meta.dirname, '..');

await buildAll();
const binary = electronBinaryPath();
if (!binary) {
  console.error(missingBinaryMessage());
  process.exit(1);
}
const child = spawn(binary, [repoRoot], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
