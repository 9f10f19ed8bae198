// What the game tells a player who has closed a question: where other Python versions answer it
// differently, and why (the level's versionNote), read from the level's generated version table.
import type { OtherVersions } from '../../api';
import { canonical } from '../canonical-answer';
import type { CatalogLevel } from '../catalog';
import { differences } from './version-table';

export function otherVersionsOf(level: CatalogLevel, question: number): OtherVersions | null {
  const note = level.definition.versionNote;
  if (!level.versions || !note) return null;
  const found = differences(level.versions, level.definition, canonical)[question] ?? [];
  if (found.length === 0) return null;
  return { note, answers: found.map(({ version, answer }) => ({ version, answer })) };
}

/** The versions that answer at least one question of the level differently (none without a note). */
export function versionsThatDiffer(level: CatalogLevel): string[] {
  if (!level.versions || !level.definition.versionNote) return [];
  const all = differences(level.versions, level.definition, canonical).flat().map((d) => d.version);
  return [...new Set(all)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
