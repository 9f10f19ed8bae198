// Argument schemas of the classroom channels (the map itself is in electron/api.ts). Zod only:
// api.ts imports this, and the renderer imports api.ts for types alone.
import { z } from 'zod';
import { levelSchema } from '../levels/schema';
import { MAX_FILE_BYTES, MAX_PACK_LEVELS, MAX_RESULT_FILES } from './limits';
import { packRulesSchema, packTitleSchema, timeLimitSchema } from './pack-format';

/** An absolute path from a file dialog (POSIX `/...`, Windows `C:\...` or `\\server\...`). */
export const absolutePathSchema = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'expected an absolute path')
  .refine((p) => !p.includes('\u0000'), 'a path cannot hold a NUL character');

/** A file the player picked: by path (dialog) or by its text (drag-and-drop read in the renderer). */
export const fileSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('path'), path: absolutePathSchema }),
  // the loader gives the size refusal its own message, so the schema only stops absurd texts
  z.strictObject({ kind: z.literal('text'), name: z.string().min(1).max(255), text: z.string().max(4 * MAX_FILE_BYTES) }),
]);

export const packSourceSchema = z.union([
  z.strictObject({ kind: z.literal('stored'), packId: z.string().min(1).max(100) }),
  fileSourceSchema,
]);

export const packLevelsSchema = z.discriminatedUnion('kind', [
  /** levels of the campaign, by id, in the order given */
  z.strictObject({ kind: z.literal('campaign'), levelIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_PACK_LEVELS) }),
  /** levels from the editor */
  z.strictObject({ kind: z.literal('edited'), levels: z.array(levelSchema).min(1).max(MAX_PACK_LEVELS) }),
  /** campaign levels by id, then levels from the editor (the pack's own check caps the total) */
  z.strictObject({
    kind: z.literal('mixed'),
    levelIds: z.array(z.string().min(1).max(100)).min(1).max(MAX_PACK_LEVELS),
    levels: z.array(levelSchema).min(1).max(MAX_PACK_LEVELS),
  }),
]);

export const exportPackArgSchema = z.strictObject({
  levels: packLevelsSchema,
  title: packTitleSchema,
  timeLimitMinutes: timeLimitSchema.optional(),
  rules: packRulesSchema,
  /** where to write the `.rqpack` (from the save dialog) */
  path: absolutePathSchema,
});

export const gradeArgSchema = z.strictObject({
  pack: packSourceSchema,
  results: z.array(fileSourceSchema).min(1).max(MAX_RESULT_FILES),
});

export const exportCsvArgSchema = z.strictObject({
  pack: packSourceSchema,
  results: z.array(fileSourceSchema).min(1).max(MAX_RESULT_FILES),
  /** where to write the `.csv` (from the save dialog) */
  path: absolutePathSchema,
});

export type FileSource = z.infer<typeof fileSourceSchema>;
export type PackSource = z.infer<typeof packSourceSchema>;
export type PackLevels = z.infer<typeof packLevelsSchema>;
