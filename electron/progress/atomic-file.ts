// Crash-safe file replacement: write a temporary file beside the target, fsync it, then rename
// it over the target. A crash at any point leaves either the old or the new complete file.
import { open, rename as fsRename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The one operation tests replace to simulate a crash between write and rename. */
export interface RenameOp {
  rename(from: string, to: string): Promise<void>;
}

export const realRename: RenameOp = { rename: fsRename };

let temporaryCounter = 0;

/** Temporary files are named `<target>.tmp-<pid>-<n>` so a loader can recognise leftovers. */
export function isTemporaryOf(target: string, candidate: string): boolean {
  return candidate.startsWith(`${path.basename(target)}.tmp-`);
}

export async function writeFileAtomic(target: string, contents: string, ops: RenameOp = realRename): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}-${temporaryCounter++}`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await ops.rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

/** Makes the rename itself durable; some platforms (Windows) cannot open directories, which is fine. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // not supported here: the rename is still atomic, only its durability is up to the OS
  } finally {
    await handle?.close();
  }
}
