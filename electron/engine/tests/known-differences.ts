// Corpus programs on which the engine is known to differ from CPython, each with its mechanism
// and the helper who owns the fix. Tests treat a listed program as expected to differ and fail
// the moment it matches, so the list can only shrink, and only honestly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROGRAMS_DIR, TESTS_DIR } from './python-oracle';

export interface KnownDifference {
  /** the program's path under programs/, with forward slashes */
  readonly program: string;
  /** what the engine does differently, and the CPython function it should follow */
  readonly mechanism: string;
  readonly owner: string;
}

export const KNOWN_DIFFERENCES_FILE = join(TESTS_DIR, 'known-differences.json');

function load(): ReadonlyMap<string, KnownDifference> {
  const entries = JSON.parse(readFileSync(KNOWN_DIFFERENCES_FILE, 'utf8')) as KnownDifference[];
  const byProgram = new Map<string, KnownDifference>();
  for (const entry of entries) {
    if (!existsSync(join(PROGRAMS_DIR, entry.program))) {
      throw new Error(`known-differences.json lists ${entry.program}, which is not in programs/`);
    }
    if (byProgram.has(entry.program)) {
      throw new Error(`known-differences.json lists ${entry.program} twice`);
    }
    byProgram.set(entry.program, entry);
  }
  return byProgram;
}

export const knownDifferences = load();

/** the message of a test that found a listed program matching CPython */
export function nowMatches(program: string): string {
  return `${program} now matches CPython: remove it from known-differences.json`;
}
