// A levels folder for the mechanics specs and shots: one world holding three campaign levels,
// each cut down to its puzzle question (draw the heap, make this heap, spot the leak), so a
// fresh player reaches them in order without first playing half the campaign.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { REPO_ROOT } from './host';

export const MECHANIC_LEVELS = [
  { kind: 'heap', file: 'mutability-and-aliasing/01-pair-of-rows.yaml' },
  { kind: 'make', file: 'two-d-lists/03-grid-fixed.yaml' },
  { kind: 'leak', file: 'cycles-and-gc/09-spot-the-leak.yaml' },
] as const;

export interface MechanicLevel {
  readonly kind: string;
  readonly title: string;
  readonly code: string;
  readonly question: Record<string, unknown>;
}

/** Writes the folder; returns it and the levels in play order. */
export async function mechanicsLevelsDir(): Promise<{ dir: string; levels: MechanicLevel[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'refquest-mechanics-levels-'));
  const world = path.join(dir, 'puzzles');
  await mkdir(world);
  await writeFile(path.join(world, 'world.yaml'), stringify({ id: 'puzzles', title: 'Puzzles', order: 1, description: 'Draw it, make it, find the leak.' }));
  const levels: MechanicLevel[] = [];
  for (const [index, { kind, file }] of MECHANIC_LEVELS.entries()) {
    const level = parse(await readFile(path.join(REPO_ROOT, 'levels', file), 'utf8')) as Record<string, unknown> & { questions: Record<string, unknown>[] };
    level.questions = level.questions.filter((q) => q['kind'] === kind);
    await writeFile(path.join(world, `0${index + 1}-${path.basename(file)}`), stringify(level));
    levels.push({ kind, title: String(level['title']), code: String(level['code']), question: level.questions[0]! });
  }
  return { dir, levels };
}
