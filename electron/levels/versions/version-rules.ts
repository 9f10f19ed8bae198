// What the checker requires of a campaign level's version table: that it exists, was generated
// for the level's current program and questions, and that the level explains (`versionNote`)
// exactly when some other Python version answers one of its questions differently.
import type { LevelProblem } from '../../api';
import type { CatalogLevel } from '../catalog';
import { canonical } from '../canonical-answer';
import { problem } from '../problems';
import { differences, levelHash } from './version-table';

const REGENERATE = 'run `npm run -s levels -- versions --write`';

export function versionProblems(level: CatalogLevel): LevelProblem[] {
  const table = level.versions;
  const tablePath = level.path.replace(/\.ya?ml$/, '.versions.json');
  if (!table) return [problem(tablePath, '', `missing: ${REGENERATE}`)];
  if (table.levelHash !== levelHash(level.definition)) {
    return [problem(tablePath, 'levelHash', `out of date: the level's code or questions changed since it was generated; ${REGENERATE}`)];
  }
  if (!table.versions['3.11']) return [problem(tablePath, 'versions', `has no 3.11 answers; ${REGENERATE}`)];
  const differing = differences(table, level.definition, canonical)
    .map((found, i) => (found.length > 0 ? `questions[${i}] (${found.map((d) => d.version).join(', ')})` : null))
    .filter((q): q is string => q !== null);
  if (differing.length > 0 && !level.definition.versionNote) {
    return [problem(level.path, 'versionNote', `other Python versions answer ${differing.join(', ')} differently: say why, once, in versionNote`)];
  }
  if (differing.length === 0 && level.definition.versionNote) {
    return [problem(level.path, 'versionNote', 'no other Python version answers differently: the note would mislead')];
  }
  return [];
}
