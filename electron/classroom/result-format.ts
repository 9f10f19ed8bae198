// The result file a student hands back: the pack it answers, who answered, every answer with
// its time, every hint taken with its time (a teacher weighs a hinted answer differently), and
// (from version 2) the integrity record the app wrote as they were given (result-chain.ts).
// Answers, not scores: there is no field a score could hide in, and a strict schema refuses any
// field it does not know.
import { z } from 'zod';
import { playerAnswerSchema } from '../api';
import { DEFAULT_BOUNDS, parseBoundedJson } from './bounded-json';
import { describeIssues, envelopeProblem } from './file-envelope';
import { CHAIN_SCHEME } from './result-chain';
import { MAX_OUTPUT_ANSWER_CHARS, MAX_RESULT_ANSWERS, MAX_STRING_CHARS, MAX_TITLE_CHARS } from './limits';

export const RESULT_FORMAT = 'refquest-result';
export const RESULT_VERSION = 2;
/** version 1 files (no integrity record) are still read, and flagged for it */
const OLDEST_RESULT_VERSION = 1;
export const RESULT_EXTENSION = '.rqresult';

export const resultAnswerSchema = z.strictObject({
  levelId: z.string().min(1).max(100),
  question: z.int().min(0).max(50),
  answer: playerAnswerSchema,
  /** milliseconds since the challenge started */
  atMs: z.int().min(0).max(7 * 24 * 3_600_000),
});

export const resultHintSchema = z.strictObject({
  levelId: z.string().min(1).max(100),
  /** which of the level's hints: they are shown in order, 0 first */
  index: z.int().min(0).max(50),
  /** milliseconds since the challenge started */
  atMs: z.int().min(0).max(7 * 24 * 3_600_000),
});

const hexHash = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in hex');

export const integritySchema = z.strictObject({
  scheme: z.literal(CHAIN_SCHEME),
  nonce: z.uuid(),
  links: z.array(z.strictObject({ of: z.enum(['answer', 'hint']), hash: hexHash })).max(2 * MAX_RESULT_ANSWERS),
  seal: hexHash,
});

export const resultSchema = z.strictObject({
  format: z.literal(RESULT_FORMAT),
  version: z.union([z.literal(OLDEST_RESULT_VERSION), z.literal(RESULT_VERSION)]),
  packId: z.uuid(),
  packTitle: z.string().min(1).max(MAX_TITLE_CHARS),
  profileName: z.string().min(1).max(40),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  answers: z.array(resultAnswerSchema).max(MAX_RESULT_ANSWERS),
  /** absent in files from before hints were recorded: read as none taken */
  hints: z.array(resultHintSchema).max(MAX_RESULT_ANSWERS).default([]),
  /** absent only in version 1 files */
  integrity: integritySchema.optional(),
}).refine((result) => result.version === OLDEST_RESULT_VERSION || result.integrity !== undefined, {
  path: ['integrity'],
  message: 'a version 2 result file must carry its integrity record',
});

export type ResultAnswer = z.infer<typeof resultAnswerSchema>;
export type ResultHint = z.infer<typeof resultHintSchema>;
export type ChallengeResult = z.infer<typeof resultSchema>;

export type ResultReading =
  | { readonly ok: true; readonly result: ChallengeResult }
  | { readonly ok: false; readonly problem: string };

const RESULT_KIND = { format: RESULT_FORMAT, version: RESULT_VERSION, noun: 'result file' } as const;

const resultStringCap = (key: string | null): number => (key === 'text' ? MAX_OUTPUT_ANSWER_CHARS : MAX_STRING_CHARS);

/** Parses and validates a result file's bytes (shape only; grading.ts checks it against the pack). */
export function readResult(input: Uint8Array | string): ResultReading {
  const parsed = parseBoundedJson(input, { ...DEFAULT_BOUNDS, maxStringChars: resultStringCap });
  if (!parsed.ok) return { ok: false, problem: parsed.message };
  const version = (parsed.value as { version?: unknown } | null)?.version;
  const envelope = envelopeProblem(parsed.value, version === OLDEST_RESULT_VERSION ? { ...RESULT_KIND, version } : RESULT_KIND);
  if (envelope) return { ok: false, problem: envelope };
  const result = resultSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problem: describeIssues(result.error.issues).join('; ') };
  return { ok: true, result: result.data };
}

export function serializeResult(result: ChallengeResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
