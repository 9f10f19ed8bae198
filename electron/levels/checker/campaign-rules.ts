// The campaign's rules for level authors, as pure checks over a loaded catalog: what the schema
// cannot see because it spans files (one boss per world, the last one; difficulty that climbs)
// or because it is about teaching (short programs, hints that differ, questions the player can
// anchor to a line of the main program).
import type { LevelProblem } from '../../api';
import type { CatalogLevel, CatalogWorld } from '../catalog';
import { problem } from '../problems';
import { questionAnchor } from '../schema';

export const MIN_LEVELS_PER_WORLD = 6;
export const HINTS = { min: 2, max: 4 } as const;
export const CODE_LINES = { min: 3, max: 12 } as const;
export const MAX_INTRO_LINES = 4;
/** a level may be this much easier than the hardest one before it in its world */
export const DIFFICULTY_SLACK = 1;

const codeLines = (code: string): string[] => code.replace(/\n+$/, '').split('\n');
const indentOf = (text: string): number => text.length - text.trimStart().length;
const isBlank = (text: string): boolean => text.trim() === '' || text.trim().startsWith('#');

/** Whether 1-based `line` is a statement of the module itself, not of a def or class body. */
export function isModuleLevelLine(code: string, line: number): boolean {
  const lines = codeLines(code);
  let indent = indentOf(lines[line - 1] ?? '');
  for (let i = line - 2; i >= 0 && indent > 0; i--) {
    const text = lines[i]!;
    if (isBlank(text) || indentOf(text) >= indent) continue;
    if (/^(async\s+def|def|class)\b/.test(text.trim())) return false;
    indent = indentOf(text);
  }
  return true;
}

const normalised = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function levelProblems(level: CatalogLevel): LevelProblem[] {
  const { definition: d, path } = level;
  const found: LevelProblem[] = [];
  const add = (field: string, message: string) => found.push(problem(path, field, message));

  if (d.hints.length < HINTS.min || d.hints.length > HINTS.max) add('hints', `expected ${HINTS.min}-${HINTS.max} hints, found ${d.hints.length}`);
  const seen = new Map<string, number>();
  d.hints.forEach((hint, i) => {
    const earlier = seen.get(normalised(hint));
    if (earlier !== undefined) add(`hints[${i}]`, `repeats hints[${earlier}]: each hint must say something more specific`);
    else seen.set(normalised(hint), i);
  });

  const introLines = d.intro.trim().split('\n').length;
  if (introLines > MAX_INTRO_LINES) add('intro', `${introLines} lines: keep the intro to ${MAX_INTRO_LINES} lines`);

  const lines = codeLines(d.code);
  if (lines.length < CODE_LINES.min || lines.length > CODE_LINES.max) {
    add('code', `${lines.length} lines: level programs have ${CODE_LINES.min}-${CODE_LINES.max} lines`);
  }
  lines.forEach((text, i) => {
    if (/(^|[^.\w])id\s*\(/.test(text)) add('code', `line ${i + 1} calls id(): addresses differ between runs and machines`);
  });

  d.questions.forEach((q, i) => {
    const anchored = questionAnchor(q);
    if (!anchored) return; // a make-this-heap question stands apart from the program
    const anchor = anchored.line;
    const field = `questions[${i}].${anchored.field}`;
    const text = lines[anchor - 1];
    if (text === undefined) return; // the schema reports lines past the end
    if (isBlank(text)) add(field, `line ${anchor} is blank or a comment: nothing runs there`);
    else if (!isModuleLevelLine(d.code, anchor)) add(field, `line ${anchor} is inside a def or class body: anchor questions on main-program lines`);
  });
  return found;
}

function worldProblems(world: CatalogWorld, worldPath: string): LevelProblem[] {
  const found: LevelProblem[] = [];
  const levels = world.levels;
  if (levels.length < MIN_LEVELS_PER_WORLD) {
    found.push(problem(worldPath, '', `${levels.length} levels: a world needs at least ${MIN_LEVELS_PER_WORLD}`));
  }
  const bosses = levels.filter((l) => l.definition.boss === true);
  if (bosses.length !== 1) {
    found.push(problem(worldPath, '', `${bosses.length} boss levels (${bosses.map((b) => b.definition.id).join(', ') || 'none'}): mark exactly one with \`boss: true\``));
  }
  const last = levels[levels.length - 1];
  for (const boss of bosses) {
    if (boss !== last) found.push(problem(boss.path, 'boss', 'the boss must be the last level of its world (name its file so it sorts last)'));
  }
  let hardest = 0;
  for (const level of levels) {
    const d = level.definition.difficulty;
    if (level.definition.boss === true) {
      if (d < hardest) found.push(problem(level.path, 'difficulty', `the boss (${d}) is easier than an earlier level of its world (${hardest})`));
    } else if (d < hardest - DIFFICULTY_SLACK) {
      found.push(problem(level.path, 'difficulty', `${d} drops more than ${DIFFICULTY_SLACK} below an earlier level of its world (${hardest})`));
    }
    hardest = Math.max(hardest, d);
  }
  return found;
}

/** Every rule problem of the loaded worlds; `worldPath` names a world's world.yaml. */
export function campaignProblems(worlds: readonly CatalogWorld[], worldPath: (world: CatalogWorld) => string): LevelProblem[] {
  return worlds.flatMap((world) => [...worldProblems(world, worldPath(world)), ...world.levels.flatMap(levelProblems)]);
}
