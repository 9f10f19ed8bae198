// The classroom command line as a teacher runs it (scripts/classroom.ts through tsx), on temp
// files: export a pack of campaign levels, grade result files, write the CSV.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineSolver } from '../levels/answers';
import { gradeResults } from './grading';
import { readPack } from './pack-check';
import { reportCsv } from './report-csv';
import { reportText } from './report-text';
import { serializeResult } from './result-format';
import { makePack, play, wrongFor } from './test-fixtures';

const REPO = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const SCRIPT = path.join(REPO, 'scripts', 'classroom.ts');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'refquest-classroom-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// as `npm run` would: INIT_CWD is the folder the teacher typed the command in
const run = (...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', cwd: REPO, env: { ...process.env, INIT_CWD: dir }, timeout: 60_000 });

describe('classroom CLI', () => {
  it('grade: prints the same table and flags as the teacher view, and writes the same CSV', async () => {
    const { pack, text, solutions } = makePack();
    await writeFile(path.join(dir, 'quiz.rqpack'), text);
    const ana = play(pack, solutions, 'Ana', (_l, _q, c) => c);
    const ben = play(pack, solutions, 'Ben', (l, _q, c) => (l === 1 ? wrongFor(c) : c));
    await writeFile(path.join(dir, 'ana.rqresult'), serializeResult(ana));
    await writeFile(path.join(dir, 'ben.rqresult'), serializeResult(ben));
    await writeFile(path.join(dir, 'bad.rqresult'), serializeResult({ ...ana, profileName: 'Zed', score: 3 } as typeof ana));

    const r = run('grade', 'quiz.rqpack', 'ana.rqresult', 'ben.rqresult', 'bad.rqresult', '--csv', 'out.csv');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const files = await Promise.all(['ana', 'ben', 'bad'].map(async (n) => ({ file: `${n}.rqresult`, contents: await readFile(path.join(dir, `${n}.rqresult`)) })));
    const expected = gradeResults(pack, solutions, files);
    expect(r.stdout).toBe(`${reportText(expected)}CSV written to out.csv\n`);
    expect(r.stdout).toContain('bad.rqresult: malformed: Unrecognized key: "score"');
    expect(await readFile(path.join(dir, 'out.csv'), 'utf8')).toBe(reportCsv(expected));
  }, 60_000);

  it('grade: a refused pack exits 1 with the reason; a usage error exits 2', async () => {
    await writeFile(path.join(dir, 'loop.rqpack'), makePack().text.replace('a = [1, 2]\\n', 'while True:\\n    pass\\na = [1, 2]\\n'));
    const refused = run('grade', 'loop.rqpack', 'ana.rqresult');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('classroom: loop.rqpack is refused:\n  level 1 ("Counting"): the program does not finish within 100,000 steps\n');
    const usage = run('grade', 'loop.rqpack');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^classroom: grade needs a pack and at least one result file\nusage:/);
  }, 60_000);

  it('export-pack: campaign levels into a pack that imports cleanly', async () => {
    const r = run('export-pack', '--levels', 'grid-trap,two-labels', '--title', 'Grids', '--attempts', '1', '--no-hints', '--time-limit', '15', 'grids.rqpack');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const reading = readPack(await readFile(path.join(dir, 'grids.rqpack')));
    if (!reading.ok) throw new Error(reading.problems.join('; '));
    expect(reading.pack).toMatchObject({ title: 'Grids', timeLimitMinutes: 15, rules: { hints: false, attemptsPerQuestion: 1 } });
    expect(reading.pack.levels.map((l) => l.id)).toEqual(['grid-trap', 'two-labels']);
    expect(reading.pack.levels.every((l) => engineSolver.solve(l).questions.length === l.questions.length)).toBe(true);
    const missing = run('export-pack', '--levels', 'nope', '--title', 'X', 'x.rqpack');
    expect([missing.status, missing.stderr]).toEqual([1, 'classroom: no campaign level with id "nope"\n']);
  }, 60_000);
});
