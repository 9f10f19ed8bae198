// Making a pack from levels (chosen campaign levels or the editor's). The new file is checked
// exactly as an importer will check it, so a teacher never hands out a pack students refuse.
import type { LevelSolver } from '../levels/answers';
import type { Catalog } from '../levels/catalog';
import { findLevel } from '../levels/catalog';
import type { LevelDefinition } from '../levels/schema';
import { checkPack } from './pack-check';
import type { CheckedPack } from './pack-check';
import { createPack, serializePack } from './pack-format';
import type { PackOptions } from './pack-format';

export type ExportedPack = (CheckedPack & { readonly ok: true }) & { readonly text: string };

export function exportPack(
  levels: readonly LevelDefinition[],
  options: PackOptions,
  solver: LevelSolver,
  now: Date = new Date(),
): ExportedPack | (CheckedPack & { readonly ok: false }) {
  const text = serializePack(createPack(levels, options, now));
  const checked = checkPack(text, solver);
  return checked.ok ? { ...checked, text: serializePack(checked.pack) } : checked;
}

/** The campaign levels with these ids, in the order given, or the ids that do not exist. */
export function campaignLevels(catalog: Catalog, levelIds: readonly string[]): { levels: LevelDefinition[]; missing: string[] } {
  const levels: LevelDefinition[] = [];
  const missing: string[] = [];
  for (const id of levelIds) {
    const found = findLevel(catalog, id);
    if (found) levels.push(found.definition);
    else missing.push(id);
  }
  return { levels, missing };
}
