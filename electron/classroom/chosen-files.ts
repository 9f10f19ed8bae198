// Files the player chose in a dialog: read with the size cap before a byte is parsed, written
// atomically, and only with the extension the feature owns (a renderer cannot use these
// channels to read or overwrite arbitrary files).
import { open } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../progress/atomic-file';
import { tooLarge } from './bounded-json';
import type { FileSource } from './channel-schemas';
import { MAX_FILE_BYTES } from './limits';

export type ReadOutcome =
  | { readonly file: string; readonly contents: Uint8Array | string }
  | { readonly file: string; readonly readError: string };

export class ChosenFileError extends Error {}

export function requireExtension(filePath: string, extensions: readonly string[]): void {
  const extension = path.extname(filePath).toLowerCase();
  if (!extensions.includes(extension)) {
    throw new ChosenFileError(`"${path.basename(filePath)}" is not a ${extensions.join(' or ')} file`);
  }
}

/** Reads a chosen file, refusing (as a read error) anything that is not a regular file under the cap. */
export async function readChosen(source: FileSource, extensions: readonly string[], maxBytes = MAX_FILE_BYTES): Promise<ReadOutcome> {
  if (source.kind === 'text') return { file: source.name, contents: source.text };
  const file = path.basename(source.path);
  try {
    requireExtension(source.path, extensions);
    const handle = await open(source.path, 'r');
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return { file, readError: 'not a regular file' };
      if (stats.size > maxBytes) return { file, readError: tooLarge(stats.size, maxBytes) };
      return { file, contents: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { file, readError: why };
  }
}

/** Writes `contents` to a chosen path atomically; returns the size written. */
export async function writeChosen(filePath: string, contents: string, extension: string): Promise<number> {
  requireExtension(filePath, [extension]);
  await writeFileAtomic(filePath, contents);
  return Buffer.byteLength(contents, 'utf8');
}
