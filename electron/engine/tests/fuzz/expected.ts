// The fixed seed that `npm test` fuzzes, and the programs of it still known to differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXED_SEED = 20261204;
export const FIXED_COUNT = 120;

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'expected-differences.json');

interface ExpectedFile {
  readonly seed: number;
  readonly count: number;
  /** program index -> the mechanism behind its difference */
  readonly differ: Record<string, string>;
}

function load(): ReadonlyMap<number, string> {
  const file = JSON.parse(readFileSync(FILE, 'utf8')) as ExpectedFile;
  if (file.seed !== FIXED_SEED || file.count !== FIXED_COUNT) {
    throw new Error(`expected-differences.json is for seed ${file.seed} x ${file.count}, not ${FIXED_SEED} x ${FIXED_COUNT}`);
  }
  return new Map(Object.entries(file.differ).map(([k, v]) => [Number(k), v]));
}

export const EXPECTED = load();

/** rewrite the list without the programs in `nowMatching` (it only ever loses entries) */
export function prune(nowMatching: ReadonlySet<number>): void {
  const differ = Object.fromEntries([...EXPECTED].filter(([k]) => !nowMatching.has(k)).map(([k, v]) => [String(k), v]));
  writeFileSync(FILE, JSON.stringify({ seed: FIXED_SEED, count: FIXED_COUNT, differ }, null, 2) + '\n');
}
