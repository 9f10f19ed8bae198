// The progress file format, versioned. A new version adds a migration from the previous one;
// a file from a newer version of the game is refused rather than rewritten. Objects are loose:
// a field this version does not know (written by a newer one, or by hand) is kept on save.
import { z } from 'zod';
import { repairProgress } from './repair';

export const CURRENT_VERSION = 1;

const starsSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

export const levelProgressSchema = z.looseObject({
  completed: z.boolean(),
  bestStars: starsSchema,
  /** a level opened by a win, kept so a reordered campaign does not lock it again */
  unlocked: z.boolean(),
  attempts: z.int().min(0),
  hintsUsed: z.int().min(0),
  mistakes: z.int().min(0),
});

export const profileSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  levels: z.record(z.string(), levelProgressSchema),
});

export const progressFileSchema = z.looseObject({
  version: z.literal(CURRENT_VERSION),
  activeProfileId: z.string().nullable(),
  profiles: z.array(profileSchema),
});

export type LevelProgress = z.infer<typeof levelProgressSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProgressData = z.infer<typeof progressFileSchema>;

export const emptyProgress = (): ProgressData => ({ version: CURRENT_VERSION, activeProfileId: null, profiles: [] });

export const emptyLevelProgress = (): LevelProgress => ({
  completed: false,
  bestStars: 0,
  unlocked: false,
  attempts: 0,
  hintsUsed: 0,
  mistakes: 0,
});

/** Migrations keyed by the version they upgrade FROM; each returns the next version's shape. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {};

export type Decoded =
  | { readonly kind: 'ok'; readonly data: ProgressData }
  /** it failed its schema in places, each mended (repair.ts) */
  | { readonly kind: 'repaired'; readonly data: ProgressData; readonly repairs: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'future'; readonly version: number };

/** Parses file text into current-version data, running migrations for older versions. */
export function decodeProgress(
  text: string,
  migrationTable: Readonly<Record<number, Migration>> = migrations,
): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // a BOM left by an editor is not damage
  } catch (error) {
    return { kind: 'invalid', reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'invalid', reason: 'not a JSON object' };
  }
  let record = raw as Record<string, unknown>;
  let version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'no valid "version" field' };
  }
  if (version > CURRENT_VERSION) return { kind: 'future', version };
  while (version < CURRENT_VERSION) {
    const migrate = migrationTable[version];
    if (!migrate) return { kind: 'invalid', reason: `no migration from version ${version}` };
    record = migrate(record);
    version = record.version;
    if (typeof version !== 'number') return { kind: 'invalid', reason: 'a migration lost the version field' };
  }
  const parsed = progressFileSchema.safeParse(record);
  if (!parsed.success) {
    const repaired = repairProgress(record);
    if (repaired) return { kind: 'repaired', ...repaired };
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'file';
    return { kind: 'invalid', reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { kind: 'ok', data: parsed.data };
}

export function encodeProgress(data: ProgressData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
