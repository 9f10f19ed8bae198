// A progress file that fails its schema in one place is mended there, not thrown away: each
// player, each level record and each field is read on its own, a bad field takes its default
// (or what the rest of the record implies), and every mend is named for the notice. Only a file
// whose players cannot be found at all (no list of them) is beyond repair.
import { randomUUID } from 'node:crypto';
import { CURRENT_VERSION, emptyLevelProgress, levelProgressSchema, profileSchema } from './format';
import type { LevelProgress, Profile, ProgressData } from './format';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Repaired {
  readonly data: ProgressData;
  /** one line per mend, e.g. `player "Ada", level grid-trap: bestStars was 7, now 0` */
  readonly repairs: readonly string[];
}

const shown = (value: unknown) => (value === undefined ? 'missing' : `was ${JSON.stringify(value)?.slice(0, 40)}`);

function repairLevel(raw: unknown, where: string, repairs: string[]): LevelProgress {
  if (!isRecord(raw)) {
    repairs.push(`${where}: the record was unreadable, so it starts again`);
    return emptyLevelProgress();
  }
  const fixed: Record<string, unknown> = { ...raw };
  const defaults = emptyLevelProgress();
  for (const key of Object.keys(levelProgressSchema.shape) as (keyof typeof levelProgressSchema.shape)[]) {
    if (levelProgressSchema.shape[key].safeParse(raw[key]).success) continue;
    // a completed level was unlocked, whatever the damaged field said
    const value = key === 'unlocked' && raw.completed === true ? true : defaults[key];
    repairs.push(`${where}: ${key} ${shown(raw[key])}, now ${JSON.stringify(value)}`);
    fixed[key] = value;
  }
  return levelProgressSchema.parse(fixed);
}

function repairProfile(raw: unknown, n: number, now: Date, repairs: string[]): Profile | null {
  if (!isRecord(raw)) {
    repairs.push(`player ${n + 1}: unreadable, left out`);
    return null;
  }
  const fixed: Record<string, unknown> = { ...raw };
  const name = profileSchema.shape.name.safeParse(raw.name).success ? (raw.name as string) : `Player ${n + 1}`;
  const who = `player ${JSON.stringify(name)}`;
  if (name !== raw.name) repairs.push(`player ${n + 1}: name ${shown(raw.name)}, now "${name}"`);
  fixed.name = name;
  if (!profileSchema.shape.id.safeParse(raw.id).success) {
    fixed.id = `p-${randomUUID()}`;
    repairs.push(`${who}: id ${shown(raw.id)}, now a new one`);
  }
  if (!profileSchema.shape.createdAt.safeParse(raw.createdAt).success) {
    fixed.createdAt = now.toISOString();
    repairs.push(`${who}: createdAt ${shown(raw.createdAt)}, now today`);
  }
  const levels: Record<string, LevelProgress> = {};
  if (isRecord(raw.levels)) {
    for (const [levelId, record] of Object.entries(raw.levels)) levels[levelId] = repairLevel(record, `${who}, level ${levelId}`, repairs);
  } else repairs.push(`${who}: the level records ${shown(raw.levels)}, so every level starts again`);
  fixed.levels = levels;
  return profileSchema.parse(fixed);
}

/** The data the file still holds, with each bad field mended; null when there is no list of players to mend. */
export function repairProgress(record: Record<string, unknown>, now: Date = new Date()): Repaired | null {
  if (!Array.isArray(record.profiles)) return null;
  const repairs: string[] = [];
  const profiles = record.profiles.map((raw, n) => repairProfile(raw, n, now, repairs)).filter((p): p is Profile => p !== null);
  const seen = new Set<string>();
  for (const profile of profiles) {
    if (seen.has(profile.id)) {
      repairs.push(`player "${profile.name}": its id was another player's, now a new one`);
      profile.id = `p-${randomUUID()}`;
    }
    seen.add(profile.id);
  }
  let activeProfileId = record.activeProfileId;
  if (activeProfileId !== null && !profiles.some((p) => p.id === activeProfileId)) {
    repairs.push(`the selected player ${shown(activeProfileId)} is not one of the players, so none is selected`);
    activeProfileId = null;
  }
  return { data: { ...record, version: CURRENT_VERSION, activeProfileId: activeProfileId as string | null, profiles }, repairs };
}
