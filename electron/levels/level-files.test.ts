// The shipped campaign: every file valid, enough levels, and every program runs in CPython
// with the same output twice (the game replays programs, so they must be deterministic).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignOrder, loadCatalog } from './catalog';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');

const RUN_TWICE = String.raw`
import json, subprocess, sys
programs = json.loads(sys.stdin.read())
report = {}
for pid, code in programs.items():
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20) for _ in range(2)]
    report[pid] = [[r.returncode, r.stdout, r.stderr] for r in runs]
print(json.dumps(report))
`;

describe('the shipped levels', () => {
  it('load without problems: the first three worlds in order, at least 12 levels, 2+ hints each', async () => {
    const catalog = await loadCatalog(LEVELS_DIR);
    expect(catalog.problems.map((p) => p.text)).toEqual([]);
    expect(catalog.worlds.length).toBeGreaterThanOrEqual(3);
    expect(catalog.worlds[0]!.definition.id).toBe('names-and-objects');
    const levels = campaignOrder(catalog);
    expect(levels.length).toBeGreaterThanOrEqual(12);
    for (const { definition } of levels) {
      expect(definition.hints.length, definition.id).toBeGreaterThanOrEqual(2);
      expect(definition.questions.length, definition.id).toBeLessThanOrEqual(5);
    }
  });

  it('every program runs in python3 without error and prints the same thing twice', async () => {
    const levels = campaignOrder(await loadCatalog(LEVELS_DIR));
    const programs = Object.fromEntries(levels.map((l) => [l.definition.id, l.definition.code]));
    const report = JSON.parse(execFileSync('python3', ['-c', RUN_TWICE], { input: JSON.stringify(programs), encoding: 'utf8' })) as Record<
      string,
      [number, string, string][]
    >;
    for (const { definition } of levels) {
      const [first, second] = report[definition.id]!;
      expect(first![0], `${definition.id}: ${first![2]}`).toBe(0);
      expect(second, definition.id).toEqual(first);
    }
  });
});
