// The shipped campaign passes the level checker (schema, rules, engine = CPython, every answer
// computed and cross-checked), and has the shape the campaign promises: eight worlds in
// teaching order, at least 62 levels, myth-busters, and every question kind in play.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignOrder, loadCatalog } from '../catalog';
import { checkLevels, formatReport } from './check';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../../levels');

const WORLD_ORDER = [
  'names-and-objects', 'mutability-and-aliasing', 'two-d-lists', 'reference-counts',
  'freeing-and-del', 'cycles-and-gc', 'caching-and-identity', 'memory-size',
];

describe('the shipped campaign', () => {
  it('passes the level checker', async () => {
    const report = await checkLevels(LEVELS_DIR);
    expect(report.problems.map((p) => p.text), formatReport(report)).toEqual([]);
  }, 300_000);

  it('has eight worlds in teaching order, 62+ levels, 3+ myth-busters and every question kind', async () => {
    const catalog = await loadCatalog(LEVELS_DIR);
    expect(catalog.worlds.map((w) => w.definition.id)).toEqual(WORLD_ORDER);
    const levels = campaignOrder(catalog).map((l) => l.definition);
    expect(levels.length).toBeGreaterThanOrEqual(62);
    const myths = levels.filter((l) => l.myth === true);
    expect(myths.length).toBeGreaterThanOrEqual(3);
    for (const myth of myths) expect(myth.concepts, myth.id).toContain('myth-buster');
    const kinds = new Set(levels.flatMap((l) => l.questions.map((q) => q.kind)));
    expect([...kinds].sort()).toEqual(['alias', 'collect', 'freed', 'heap', 'identity', 'leak', 'make', 'output', 'refcount', 'size']);
    for (const mechanic of ['heap', 'make', 'leak']) {
      const using = levels.filter((l) => l.questions.some((q) => q.kind === mechanic));
      expect(using.length, `levels with a ${mechanic} puzzle`).toBeGreaterThanOrEqual(2);
    }
    for (const world of catalog.worlds) {
      expect(world.levels.at(-1)?.definition.boss, world.definition.id).toBe(true);
    }
  });
});
