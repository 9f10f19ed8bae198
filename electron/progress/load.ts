// Loading the progress file: never silently reset. A damaged main file is recovered from the
// kept copy; when both are damaged the game starts fresh but keeps the damaged files aside and
// says so; a file from a newer game version is refused (and left untouched). A file damaged in
// a few fields is mended field by field (repair.ts): the file as found is kept aside, and the
// notice names every mend.
import { copyFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { StoreNotice } from '../api';
import { isTemporaryOf } from './atomic-file';
import { decodeProgress, emptyProgress } from './format';
import type { ProgressData } from './format';

export const MAIN_FILE = 'progress.json';
export const BACKUP_FILE = 'progress.json.bak';

type Candidate =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly data: ProgressData }
  | { readonly kind: 'repaired'; readonly data: ProgressData; readonly repairs: readonly string[] }
  | { readonly kind: 'bad'; readonly reason: string }
  | { readonly kind: 'future'; readonly version: number };

export interface LoadResult {
  readonly data: ProgressData;
  readonly notices: readonly StoreNotice[];
  /** the data came from the backup and should be written back as the main file */
  readonly needsSave: boolean;
  /** set when the file on disk must not be overwritten */
  readonly savingDisabledReason: string | null;
}

async function readCandidate(file: string): Promise<Candidate> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'bad', reason: `unreadable (${(error as Error).message})` };
  }
  const decoded = decodeProgress(text);
  switch (decoded.kind) {
    case 'ok':
    case 'repaired':
      return decoded;
    case 'invalid':
      return { kind: 'bad', reason: decoded.reason };
    case 'future':
      return decoded;
    default: {
      const never: never = decoded;
      return never;
    }
  }
}

/** Moves a damaged file to `progress.corrupt-<time>[.bak].json`, returning the new name. */
async function keepAside(directory: string, name: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const suffix = name === BACKUP_FILE ? '.bak' : '';
  const asideName = `progress.corrupt-${stamp}${suffix}.json`;
  await rename(path.join(directory, name), path.join(directory, asideName));
  return asideName;
}

/** Copies a mended file to `progress.repaired-<time>.json` before the repaired data replaces it. */
async function copyAside(directory: string, name: string, now: Date): Promise<string> {
  const asideName = `progress.repaired-${now.toISOString().replace(/[:.]/g, '-')}.json`;
  await copyFile(path.join(directory, name), path.join(directory, asideName));
  return asideName;
}

const MAX_REPAIRS_SHOWN = 8;

/** Temporary files left by a crash before their rename hold nothing that was ever committed. */
async function removeLeftoverTemporaries(directory: string): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  for (const name of names) {
    if (isTemporaryOf(MAIN_FILE, name) || isTemporaryOf(BACKUP_FILE, name)) {
      await rm(path.join(directory, name), { force: true });
    }
  }
}

const refusal = (file: string, version: number): string =>
  `Your progress file ${file} was written by a newer version of RefQuest (format ${version}). ` +
  'This version will not change it: progress made now will not be saved. Update RefQuest to continue.';

export async function loadProgress(directory: string, now: Date = new Date()): Promise<LoadResult> {
  await removeLeftoverTemporaries(directory);
  const main = await readCandidate(path.join(directory, MAIN_FILE));
  if (main.kind === 'ok') return { data: main.data, notices: [], needsSave: false, savingDisabledReason: null };
  if (main.kind === 'repaired') {
    const aside = await copyAside(directory, MAIN_FILE, now);
    const shown = main.repairs.slice(0, MAX_REPAIRS_SHOWN).join('; ');
    const more = main.repairs.length > MAX_REPAIRS_SHOWN ? `; and ${main.repairs.length - MAX_REPAIRS_SHOWN} more` : '';
    return {
      data: main.data,
      notices: [{ severity: 'warning', message: `Your progress file ${MAIN_FILE} was damaged in ${main.repairs.length} place${main.repairs.length === 1 ? '' : 's'} and has been repaired: ${shown}${more}. The file as found was kept as ${aside}.` }],
      needsSave: true,
      savingDisabledReason: null,
    };
  }
  if (main.kind === 'future') {
    const reason = refusal(MAIN_FILE, main.version);
    return { data: emptyProgress(), notices: [{ severity: 'error', message: reason }], needsSave: false, savingDisabledReason: reason };
  }

  const backup = await readCandidate(path.join(directory, BACKUP_FILE));
  const mainProblem = main.kind === 'bad' ? `could not be read: ${main.reason}` : 'is missing';
  const aside = main.kind === 'bad' ? await keepAside(directory, MAIN_FILE, now) : null;
  const keptNote = aside ? ` The damaged file was kept as ${aside}.` : '';

  switch (backup.kind) {
    case 'ok':
    case 'repaired':
      return {
        data: backup.data,
        notices: [{
          severity: 'warning',
          message: `Your progress file ${MAIN_FILE} ${mainProblem}. It was restored from the backup copy ${BACKUP_FILE}${backup.kind === 'repaired' ? ` (itself repaired: ${backup.repairs.join('; ')})` : ''}; the last save may be missing.${keptNote}`,
        }],
        needsSave: true,
        savingDisabledReason: null,
      };
    case 'future': {
      const reason = refusal(BACKUP_FILE, backup.version);
      return { data: emptyProgress(), notices: [{ severity: 'error', message: reason }], needsSave: false, savingDisabledReason: reason };
    }
    case 'missing':
      if (main.kind === 'missing') return { data: emptyProgress(), notices: [], needsSave: false, savingDisabledReason: null };
      return {
        data: emptyProgress(),
        notices: [{ severity: 'error', message: `Your progress file ${MAIN_FILE} ${mainProblem}, and there is no backup copy. Starting with no progress.${keptNote}` }],
        needsSave: false,
        savingDisabledReason: null,
      };
    case 'bad': {
      const backupAside = await keepAside(directory, BACKUP_FILE, now);
      return {
        data: emptyProgress(),
        notices: [{
          severity: 'error',
          message: `Your progress file ${MAIN_FILE} ${mainProblem}, and its backup copy could not be read either (${backup.reason}). Starting with no progress.${keptNote} The damaged backup was kept as ${backupAside}.`,
        }],
        needsSave: false,
        savingDisabledReason: null,
      };
    }
    default: {
      const never: never = backup;
      return never;
    }
  }
}
