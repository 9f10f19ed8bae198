// Loading the campaign: `levels/<world>/world.yaml` plus one YAML file per level, in file-name
// order. Every file is validated; a broken file becomes a problem report and the rest loads.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodType } from 'zod';
import type { LevelProblem } from '../api';
import { fieldPath, problem } from './problems';
import { levelSchema, worldSchema } from './schema';
import type { LevelDefinition, WorldDefinition } from './schema';
import { parseTable, type VersionTable } from './versions/version-table';

export interface CatalogLevel {
  readonly definition: LevelDefinition;
  readonly worldId: string;
  /** as shown to people, e.g. `levels/aliasing-and-grids/02-grid-trap.yaml` */
  readonly path: string;
  /** the generated answers of other Python versions (`<level>.versions.json`), when the level has one */
  readonly versions?: VersionTable;
}

export interface CatalogWorld {
  readonly definition: WorldDefinition;
  readonly levels: readonly CatalogLevel[];
}

export interface Catalog {
  readonly worlds: readonly CatalogWorld[];
  readonly problems: readonly LevelProblem[];
}

const WORLD_FILE = 'world.yaml';
/** Level files need no aliases at all; a few are allowed, a billion laughs is refused. */
const MAX_YAML_ALIASES = 50;

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: LevelProblem[] };

async function parseYamlFile<T>(file: string, shownPath: string, schema: ZodType<T>): Promise<Parsed<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [problem(shownPath, '', `unreadable: ${(error as Error).message}`)] };
  }
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const line = error.linePos?.[0]?.line;
        return problem(shownPath, '', `YAML syntax error${line ? ` at line ${line}` : ''}: ${error.message.split('\n')[0]}`);
      }),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // the yaml package throws when aliases expand past the cap (an alias bomb: a few lines that expand to gigabytes)
    return { ok: false, problems: [problem(shownPath, '', `refused: ${(error as Error).message.split('\n')[0]} (at most ${MAX_YAML_ALIASES} alias expansions)`)] };
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => problem(shownPath, fieldPath(issue.path), issue.message)) };
  }
  return { ok: true, value: result.data };
}

/** A level's version table; a damaged one is a problem report and the level loads without it. */
async function readVersionTable(file: string, shown: (f: string) => string, problems: LevelProblem[]): Promise<VersionTable | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null; // no table: a level of a pack, or one not generated yet (the checker says so)
  }
  const parsed = parseTable(text);
  if ('table' in parsed) return parsed.table;
  problems.push(problem(shown(file), '', `damaged version table: ${parsed.problem}`));
  return null;
}

async function subfolders(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function levelFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && e.name !== WORLD_FILE)
    .map((e) => e.name)
    .sort();
}

/** Loads every world under `root`; paths in problems are shown relative to root's parent. */
export async function loadCatalog(root: string): Promise<Catalog> {
  const shown = (file: string) => path.relative(path.dirname(path.resolve(root)), file).split(path.sep).join('/');
  const problems: LevelProblem[] = [];
  const worlds: CatalogWorld[] = [];
  const seenLevelIds = new Map<string, string>();
  const seenWorldIds = new Map<string, string>();

  for (const folderName of await subfolders(root)) {
    const folder = path.join(root, folderName);
    const worldFile = path.join(folder, WORLD_FILE);
    const world = await parseYamlFile(worldFile, shown(worldFile), worldSchema);
    if (!world.ok) {
      problems.push(...world.problems);
      continue;
    }
    const earlierWorld = seenWorldIds.get(world.value.id);
    if (earlierWorld) {
      problems.push(problem(shown(worldFile), 'id', `world id "${world.value.id}" is already used by ${earlierWorld}`));
      continue;
    }
    seenWorldIds.set(world.value.id, shown(worldFile));

    const levels: CatalogLevel[] = [];
    for (const name of await levelFiles(folder)) {
      const file = path.join(folder, name);
      const level = await parseYamlFile(file, shown(file), levelSchema);
      if (!level.ok) {
        problems.push(...level.problems);
        continue;
      }
      const earlier = seenLevelIds.get(level.value.id);
      if (earlier) {
        problems.push(problem(shown(file), 'id', `level id "${level.value.id}" is already used by ${earlier}`));
        continue;
      }
      seenLevelIds.set(level.value.id, shown(file));
      const versions = await readVersionTable(file.replace(/\.ya?ml$/, '.versions.json'), shown, problems);
      levels.push({ definition: level.value, worldId: world.value.id, path: shown(file), ...(versions ? { versions } : {}) });
    }
    worlds.push({ definition: world.value, levels });
  }
  worlds.sort((a, b) => a.definition.order - b.definition.order || a.definition.id.localeCompare(b.definition.id));
  return { worlds, problems };
}

/** Every level in play order: worlds by `order`, levels by file name. */
export function campaignOrder(catalog: Catalog): CatalogLevel[] {
  return catalog.worlds.flatMap((world) => world.levels);
}

export function findLevel(catalog: Catalog, levelId: string): CatalogLevel | undefined {
  return campaignOrder(catalog).find((level) => level.definition.id === levelId);
}
