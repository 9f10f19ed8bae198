// The challenge pack: one `.rqpack` JSON file holding levels and rules, never answers (those
// are computed by the engine when the pack is imported, see pack-check.ts).
import { z } from 'zod';
import { levelSchema } from '../levels/schema';
import type { LevelDefinition } from '../levels/schema';
import { MAX_CODE_CHARS, MAX_PACK_LEVELS, MAX_STRING_CHARS, MAX_TIME_LIMIT_MINUTES, MAX_TITLE_CHARS } from './limits';

export const PACK_FORMAT = 'refquest-pack';
export const PACK_VERSION = 1;
export const PACK_EXTENSION = '.rqpack';

export const packRulesSchema = z.strictObject({
  /** may the player ask for the levels' hints */
  hints: z.boolean(),
  /** 1: one answer per question, no verdict shown; 3: up to three tries, each told right or wrong */
  attemptsPerQuestion: z.union([z.literal(1), z.literal(3)]),
});

export const packTitleSchema = z.string().trim().min(1).max(MAX_TITLE_CHARS);
export const timeLimitSchema = z.int().min(1).max(MAX_TIME_LIMIT_MINUTES);

export const packSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    id: z.uuid(),
    title: packTitleSchema,
    createdAt: z.iso.datetime(),
    timeLimitMinutes: timeLimitSchema.optional(),
    rules: packRulesSchema,
    levels: z.array(levelSchema).min(1).max(MAX_PACK_LEVELS),
  })
  .superRefine((pack, context) => {
    const seen = new Set<string>();
    pack.levels.forEach((level, index) => {
      if (seen.has(level.id)) context.addIssue({ code: 'custom', path: ['levels', index, 'id'], message: `level id "${level.id}" appears twice` });
      seen.add(level.id);
    });
  });

export type PackRules = z.infer<typeof packRulesSchema>;
export type ChallengePack = z.infer<typeof packSchema>;

/** String caps by field: programs are long, everything else is short. */
export function packStringCap(key: string | null): number {
  return key === 'code' ? MAX_CODE_CHARS : MAX_STRING_CHARS;
}

export interface PackOptions {
  readonly title: string;
  readonly rules: PackRules;
  readonly timeLimitMinutes?: number;
}

/** A new pack around the given levels, with a fresh id. Validate it with checkPack before use. */
export function createPack(levels: readonly LevelDefinition[], options: PackOptions, now: Date = new Date()): ChallengePack {
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: crypto.randomUUID(),
    title: options.title.trim(),
    createdAt: now.toISOString(),
    ...(options.timeLimitMinutes === undefined ? {} : { timeLimitMinutes: options.timeLimitMinutes }),
    rules: { ...options.rules },
    levels: levels.map((level) => structuredClone(level)),
  };
}

export function serializePack(pack: ChallengePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
