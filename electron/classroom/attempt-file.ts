// Challenges in play survive a quit or a crash: every player's attempt is written (atomically)
// to userData/challenges.json after each change, and read back when the app opens. A file that
// cannot be read is kept aside, never silently overwritten.
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../progress/atomic-file';
import type { ChallengeAttempt } from './challenge';
import type { ChallengePack } from './pack-format';
import { resultAnswerSchema, resultHintSchema, type ResultHint } from './result-format';

const FILE = 'challenges.json';

const questionState = z.union([
  z.strictObject({ state: z.literal('open'), tries: z.int().min(0) }),
  z.strictObject({ state: z.literal('closed'), tries: z.int().min(0), verdict: z.enum(['recorded', 'right', 'out-of-tries']) }),
]);

const attemptFields = {
  profileId: z.string(),
  packId: z.string(),
  profileName: z.string(),
  startedAtMs: z.number(),
  deadlineMs: z.number().nullable(),
  statuses: z.array(z.tuple([z.string(), z.array(questionState)])),
  answers: z.array(resultAnswerSchema),
  finishedAtMs: z.number().nullable(),
};
const attemptSchema = z.strictObject({ ...attemptFields, hints: z.array(resultHintSchema) });
/** version 1 kept only how many hints each level had shown, not when */
const attemptV1Schema = z.strictObject({ ...attemptFields, hintsShown: z.array(z.tuple([z.string(), z.int().min(0)])) });

const fileSchema = z.union([
  z.strictObject({ version: z.literal(2), attempts: z.array(attemptSchema) }),
  z.strictObject({ version: z.literal(1), attempts: z.array(attemptV1Schema) }).transform((v1) => ({
    version: 2 as const,
    attempts: v1.attempts.map(({ hintsShown, ...rest }) => ({ ...rest, hints: hintsFromCounts(hintsShown) })),
  })),
]);

/** A version-1 file's hint counts as hints; their times were not kept, so they read as taken at the start. */
function hintsFromCounts(counts: readonly (readonly [string, number])[]): ResultHint[] {
  return counts.flatMap(([levelId, count]) => Array.from({ length: count }, (_, index) => ({ levelId, index, atMs: 0 })));
}

export async function saveAttempts(userDataDir: string, attempts: ReadonlyMap<string, ChallengeAttempt>): Promise<void> {
  const data = {
    version: 2,
    attempts: [...attempts].map(([profileId, a]) => ({
      profileId,
      packId: a.pack.id,
      profileName: a.profileName,
      startedAtMs: a.startedAtMs,
      deadlineMs: a.deadlineMs,
      statuses: [...a.statuses],
      hints: a.hints,
      answers: a.answers,
      finishedAtMs: a.finishedAtMs,
    })),
  };
  await writeFileAtomic(path.join(userDataDir, FILE), JSON.stringify(data));
}

/** The saved attempts whose pack is still imported; a damaged file is renamed aside. */
export async function loadAttempts(userDataDir: string, packOf: (id: string) => ChallengePack | undefined): Promise<Map<string, ChallengeAttempt>> {
  const file = path.join(userDataDir, FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(text));
  } catch {
    await rename(file, path.join(userDataDir, `challenges.unreadable-${Date.now()}.json`));
    return new Map();
  }
  const attempts = new Map<string, ChallengeAttempt>();
  for (const a of parsed.attempts) {
    const pack = packOf(a.packId);
    if (!pack) continue;
    attempts.set(a.profileId, {
      pack,
      profileName: a.profileName,
      startedAtMs: a.startedAtMs,
      deadlineMs: a.deadlineMs,
      statuses: new Map(a.statuses),
      hints: a.hints,
      answers: a.answers,
      finishedAtMs: a.finishedAtMs,
    });
  }
  return attempts;
}
