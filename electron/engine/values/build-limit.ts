// The largest string the value layer builds. CPython would build a gigabyte string if asked
// (`'a'.zfill(10**9)`, `format(5, '999999999')`); the simulator refuses one larger than its
// default memory cap before building it, as the MemoryError its cap gives, so a JavaScript
// RangeError ("Invalid string length") or a gigabyte allocation never happens. A string under
// this size is then charged against the run's own memory budget when it becomes an object.
import { pyError } from './py-error';

export const MAX_BUILT_CHARS = 256 * 1024 * 1024;

/** Throws the simulator's MemoryError unless a string of `chars` characters may be built. */
export function ensureBuildable(chars: number | bigint): void {
  if (chars <= MAX_BUILT_CHARS) return;
  throw pyError('MemoryError', `the simulator's memory cap (${MAX_BUILT_CHARS / (1024 * 1024)} MB) would be exceeded by a string of ${chars.toLocaleString('en-US')} characters`);
}
