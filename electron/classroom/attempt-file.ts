// Challenges in play survive a quit or a crash: every player's attempt is written (atomically)
// to userData/challenges.json after each change, and read back when the app opens. Reading
// forgives what it can: a UTF-8 BOM, one damaged field (repaired, or the damaged answer left
// out, which the result's integrity record then shows), fields this version does not know
// (kept and written back). Whatever was damaged is named in a notice, and the file as found
// is copied aside first; nothing is dropped silently.
import { randomUUID } from 'node:crypto';
import { copyFile, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { StoreNotice } from '../api';
import { writeFileAtomic } from '../progress/atomic-file';
import { rebuiltChain, type ChallengeAttempt } from './challenge';
import type { ChallengePack } from './pack-format';
import { resultAnswerSchema, resultHintSchema, type ResultHint } from './result-format';
import type { ResultChain } from './result-chain';
import { readAttemptStatuses } from './attempt-statuses';

const FILE = 'challenges.json';
const VERSION = 3;

const chainSchema = z.strictObject({
  nonce: z.uuid(),
  links: z.array(z.strictObject({ of: z.enum(['answer', 'hint']), hash: z.string().regex(/^[0-9a-f]{64}$/) })),
});

/** The fields an attempt is written with; anything else in the file is kept as found. */
const KNOWN_FIELDS = new Set(['profileId', 'packId', 'profileName', 'startedAtMs', 'deadlineMs', 'statuses', 'answers', 'hints', 'hintsShown', 'chain', 'finishedAtMs']);

// Unknown fields, kept for the next save: the file's own, and each attempt's.
const fileExtras = new Map<string, Record<string, unknown>>();
const attemptExtras = new WeakMap<ChallengeAttempt, Record<string, unknown>>();

export interface LoadedAttempts {
  readonly attempts: Map<string, ChallengeAttempt>;
  readonly notices: StoreNotice[];
}

export async function saveAttempts(userDataDir: string, attempts: ReadonlyMap<string, ChallengeAttempt>): Promise<void> {
  const data = {
    ...fileExtras.get(userDataDir),
    version: VERSION,
    attempts: [...attempts].map(([profileId, a]) => ({
      ...attemptExtras.get(a),
      profileId,
      packId: a.pack.id,
      profileName: a.profileName,
      startedAtMs: a.startedAtMs,
      deadlineMs: a.deadlineMs,
      statuses: [...a.statuses],
      hints: a.hints,
      answers: a.answers,
      chain: a.chain,
      finishedAtMs: a.finishedAtMs,
    })),
  };
  await writeFileAtomic(path.join(userDataDir, FILE), JSON.stringify(data));
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const extrasOf = (record: Record<string, unknown>, known: ReadonlySet<string>) => Object.fromEntries(Object.entries(record).filter(([key]) => !known.has(key)));

/** The saved attempts whose pack is still imported, and a notice for anything damaged. */
export async function loadAttempts(userDataDir: string, packOf: (id: string) => ChallengePack | undefined): Promise<LoadedAttempts> {
  const file = path.join(userDataDir, FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { attempts: new Map(), notices: [] };
  }
  const unreadable = async (why: string): Promise<LoadedAttempts> => {
    const aside = `challenges.unreadable-${stamp()}.json`;
    await rename(file, path.join(userDataDir, aside));
    return { attempts: new Map(), notices: [{ severity: 'error', message: `The file of challenges in play, ${FILE}, could not be read (${why}): they are lost. The file was kept as ${aside}.` }] };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return unreadable(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(raw)) return unreadable('not a JSON object');
  const { version } = raw;
  if (version !== 1 && version !== 2 && version !== VERSION) return unreadable(`unknown version ${JSON.stringify(version)}`);
  if (!Array.isArray(raw.attempts)) return unreadable('"attempts" is not a list');
  fileExtras.set(userDataDir, extrasOf(raw, new Set(['version', 'attempts'])));

  const attempts = new Map<string, ChallengeAttempt>();
  const problems: string[] = [];
  raw.attempts.forEach((entry, n) => {
    const read = readAttempt(entry, version, packOf);
    const who = isRecord(entry) && typeof entry.profileName === 'string' ? `${JSON.stringify(entry.profileName)}'s challenge` : `challenge ${n + 1}`;
    problems.push(...read.problems.map((problem) => `${who}: ${problem}`));
    if (read.attempt) attempts.set(read.profileId, read.attempt);
  });
  if (problems.length === 0) return { attempts, notices: [] };
  const copy = `challenges.damaged-${stamp()}.json`;
  await copyFile(file, path.join(userDataDir, copy));
  return {
    attempts,
    notices: [{ severity: 'warning', message: `The file of challenges in play, ${FILE}, was damaged and has been repaired; the file as found was kept as ${copy}. ${problems.join('; ')}.` }],
  };
}

type AttemptReading = { readonly attempt: ChallengeAttempt | null; readonly profileId: string; readonly problems: string[] };

/** One attempt, field by field: identity fields must read, the others are repaired or left out. */
function readAttempt(entry: unknown, version: number, packOf: (id: string) => ChallengePack | undefined): AttemptReading {
  const dropped = (why: string): AttemptReading => ({ attempt: null, profileId: '', problems: [`${why}; it was dropped`] });
  if (!isRecord(entry)) return dropped('not an object');
  const { profileId, packId, profileName, startedAtMs } = entry;
  if (typeof profileId !== 'string' || profileId === '') return dropped('its player id is damaged');
  if (typeof packId !== 'string') return dropped('its pack id is damaged');
  if (typeof profileName !== 'string' || profileName === '') return dropped('its player name is damaged');
  if (typeof startedAtMs !== 'number' || !Number.isFinite(startedAtMs)) return dropped('its start time is damaged');
  const pack = packOf(packId);
  if (!pack) return { attempt: null, profileId, problems: [] }; // its pack was removed: nothing to resume

  const problems: string[] = [];
  const answers = readList(entry.answers, resultAnswerSchema, 'answer', problems);
  const hints = version === 1 ? hintsFromCounts(entry.hintsShown, problems) : readList(entry.hints, resultHintSchema, 'hint', problems);
  const deadlineMs = pack.timeLimitMinutes === undefined ? null : startedAtMs + pack.timeLimitMinutes * 60_000;
  if (entry.deadlineMs !== deadlineMs) problems.push(`its deadline was damaged and is set again from the pack`);
  let finishedAtMs: number | null = null;
  if (typeof entry.finishedAtMs === 'number' && Number.isFinite(entry.finishedAtMs)) finishedAtMs = entry.finishedAtMs;
  else if (entry.finishedAtMs !== null) {
    // a challenge that may have been finished is not reopened: it is closed at its last answer
    finishedAtMs = startedAtMs + Math.max(0, ...answers.map((a) => a.atMs), ...hints.map((h) => h.atMs));
    problems.push('its finish time was damaged: it is closed at its last answer');
  }
  const statuses = readAttemptStatuses(entry.statuses, pack, answers);
  if (statuses.rebuilt) problems.push('the state of its questions was damaged and is rebuilt from its answers');
  const base = { pack, profileName, startedAtMs, answers, hints };
  let chain: ResultChain;
  if (version < VERSION) chain = rebuiltChain(base); // saved before chains were kept
  else {
    const parsed = chainSchema.safeParse(entry.chain);
    if (parsed.success) chain = parsed.data;
    else {
      // not rebuilt: the teacher must see that this record is not the one written as answers were given
      chain = { nonce: randomUUID(), links: [] };
      problems.push('its integrity record was damaged: the teacher will see its result flagged');
    }
  }
  const attempt: ChallengeAttempt = { ...base, deadlineMs, statuses: statuses.statuses, chain, finishedAtMs };
  attemptExtras.set(attempt, extrasOf(entry, KNOWN_FIELDS));
  return { attempt, profileId, problems };
}

/** The entries of a list that read; each one that does not is named, and left out. */
function readList<T>(value: unknown, schema: z.ZodType<T>, noun: string, problems: string[]): T[] {
  if (!Array.isArray(value)) {
    problems.push(`its ${noun}s were damaged (not a list) and are lost`);
    return [];
  }
  const read: T[] = [];
  value.forEach((item, n) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) read.push(parsed.data);
    else problems.push(`${noun} ${n + 1} was damaged and is left out`);
  });
  return read;
}

/** A version-1 file's hint counts as hints; their times were not kept, so they read as taken at the start. */
function hintsFromCounts(counts: unknown, problems: string[]): ResultHint[] {
  const parsed = z.array(z.tuple([z.string(), z.int().min(0).max(50)])).safeParse(counts);
  if (!parsed.success) {
    problems.push('its hint counts were damaged and are lost');
    return [];
  }
  return parsed.data.flatMap(([levelId, count]) => Array.from({ length: count }, (_, index) => ({ levelId, index, atMs: 0 })));
}

