// Random damage to a valid pack or result file (byte flips, deleted fields, swapped values)
// never crashes the loaders: each file is either refused cleanly or parses as valid. And a
// refused pack changes nothing stored: neither the packs folder nor the player's progress.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineSolver } from '../levels/answers';
import { ProgressStore } from '../progress/store';
import { gradeResults } from './grading';
import { checkPack } from './pack-check';
import { packSchema } from './pack-format';
import { PackStore } from './pack-store';
import { resultSchema, serializeResult } from './result-format';
import { makePack, play, wrongFor } from './test-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every (container, key) pair in a JSON value, so a mutation can pick one by index. */
function slots(value: Json, out: [Json[] | { [key: string]: Json }, string | number][] = []) {
  if (Array.isArray(value)) value.forEach((item, i) => { out.push([value, i]); slots(item, out); });
  else if (value !== null && typeof value === 'object') for (const key of Object.keys(value)) { out.push([value, key]); slots(value[key]!, out); }
  return out;
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, steps: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(text);
  for (const step of steps) {
    if (step.kind === 'flip') {
      bytes = Buffer.from(bytes);
      if (bytes.length > 0) bytes[step.at % bytes.length] = step.byte;
      continue;
    }
    let json: Json;
    try {
      json = JSON.parse(bytes.toString('utf8')) as Json;
    } catch {
      continue; // already broken by a flip: structural mutations no longer apply
    }
    const all = slots(json);
    if (all.length === 0) continue;
    const [parent, key] = all[step.at % all.length]!;
    const holder = parent as Record<string | number, Json>;
    if (step.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete holder[key];
    } else if (step.kind === 'swap') {
      const [otherParent, otherKey] = all[step.with % all.length]!;
      const other = otherParent as Record<string | number, Json>;
      const value = holder[key]!;
      holder[key] = structuredClone(other[otherKey]!);
      other[otherKey] = structuredClone(value);
    } else holder[key] = step.value as Json;
    bytes = Buffer.from(JSON.stringify(json));
  }
  return bytes;
}

const { pack, text: packText, solutions } = makePack();
const resultText = serializeResult(play(pack, solutions, 'Ana', (l, q, c) => (l === 1 && q === 0 ? wrongFor(c) : c)));

let userData: string;
let packs: PackStore;
let progress: ProgressStore;
const storedState = async () => {
  const folder = path.join(userData, 'packs');
  const names = (await readdir(folder)).sort();
  const packFiles = await Promise.all(names.map((name) => readFile(path.join(folder, name), 'utf8')));
  return { names, packFiles, progress: await readFile(path.join(userData, 'progress.json'), 'utf8') };
};

beforeAll(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'refquest-classroom-'));
  progress = await ProgressStore.open(userData);
  await progress.createProfile('Ana');
  await progress.recordCompletion('two-labels', 3, 'rebinding');
  packs = await PackStore.open(userData);
  expect((await packs.importBytes(packText, (input) => checkPack(input, engineSolver))).status).toBe('imported');
});
afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('random damage to classroom files', () => {
  it('a damaged pack is refused cleanly or parses as valid, and a refusal touches nothing stored', async () => {
    const before = await storedState();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (steps) => {
        const damaged = mutate(packText, steps);
        const checked = checkPack(damaged, engineSolver);
        if (checked.ok) {
          expect(packSchema.safeParse(checked.pack).success).toBe(true);
          return;
        }
        expect(checked.problems.length).toBeGreaterThan(0);
        for (const problem of checked.problems) expect(typeof problem).toBe('string');
        const outcome = await packs.importBytes(damaged, (input) => checkPack(input, engineSolver));
        expect(outcome.status).toBe('refused');
        expect(await storedState()).toEqual(before);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('a damaged result file is shown (flagged or not) or listed as ungradable, never crashes the grader', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (steps) => {
        const damaged = mutate(resultText, steps);
        const report = gradeResults(pack, solutions, [{ file: 'r.rqresult', contents: damaged }]);
        // either listed as ungradable, or shown (with any number of flags)
        expect(report.students.length === 1 || report.flags.length === 1).toBe(true);
        if (report.students.length === 1) {
          const parsed = resultSchema.safeParse(JSON.parse(Buffer.from(damaged).toString('utf8')));
          expect(parsed.success).toBe(true);
          expect(report.students[0]!.totalRight).toBeLessThanOrEqual(report.students[0]!.totalQuestions);
        }
      }),
      { numRuns: 400 },
    );
  });
});
