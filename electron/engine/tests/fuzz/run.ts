// Fuzz the engine against CPython by hand:
//   npx tsx electron/engine/tests/fuzz/run.ts --seed 7 --count 2000 [--shrink 12] [--keep]
//   npx tsx electron/engine/tests/fuzz/run.ts --prune   (after a fix: see fuzz.test.ts)
//   npx tsx electron/engine/tests/fuzz/run.ts --file PROGRAM.py   (shrink one program in place)
// Prints how many programs matched, were refused, or differed; shrinks up to --shrink
// differences (one per distinct first difference) and prints them; with --keep, writes each
// shrunk program to programs/fuzz-found/ (add its mechanism to known-differences.json until
// the engine is fixed). --index K regenerates program K alone (--count 1).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runProgram } from '../../index';
import { oracleResults, PROGRAMS_DIR } from '../python-oracle';
import { batchPython, calibrate } from './batch';
import { campaign, freshPython, signature } from './campaign';
import { firstDifference, verdict } from './compare';
import { EXPECTED, FIXED_COUNT, FIXED_SEED, prune } from './expected';
import { generateProgram } from './generate';
import { differenceShape, shrink } from './shrink';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '200' },
    index: { type: 'string' },
    shrink: { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
    prune: { type: 'boolean', default: false },
    file: { type: 'string' },
  },
});

if (values.file) {
  // shrink one program further, in place, keeping its first-line comment
  const text = readFileSync(values.file, 'utf8');
  const [header, ...body] = text.startsWith('#') ? [text.split('\n')[0]!, ...text.split('\n').slice(1)] : ['', ...text.split('\n')];
  const source = body.join('\n');
  const python = await freshPython(source);
  const engine = runProgram(source);
  if (verdict(python, engine) !== 'differs') {
    console.log(`${values.file}: no difference`);
    process.exit(0);
  }
  const target = { pythonExit: python.exitCode, engineExit: engine.exitCode, signature: differenceShape(firstDifference(python, engine)) };
  const start = await calibrate();
  const small = await shrink(source, (sources) => batchPython(sources, start), target);
  writeFileSync(values.file, (header ? `${header}\n` : '') + small);
  console.log(`${values.file}: ${small.split('\n').length - 1} lines; ${firstDifference(await freshPython(small), runProgram(small))}`);
  process.exit(0);
}

if (values.prune) {
  // the fixed seed of npm test: drop the listed programs that now match CPython
  const matching = new Set<number>();
  const dir = mkdtempSync(join(tmpdir(), 'refquest-prune-'));
  const files = Array.from({ length: FIXED_COUNT }, (_, k) => {
    const file = join(dir, `p${k}.py`);
    writeFileSync(file, generateProgram(FIXED_SEED, k).source);
    return file;
  });
  const oracle = await oracleResults(files);
  for (const k of EXPECTED.keys()) {
    if (verdict(oracle.get(files[k]!)!, runProgram(generateProgram(FIXED_SEED, k).source)) === 'same') matching.add(k);
  }
  prune(matching);
  console.log(`pruned ${matching.size} of ${EXPECTED.size}: ${[...matching].join(', ')}`);
  process.exit(0);
}
const seed = Number(values.seed);
const first = values.index === undefined ? 0 : Number(values.index);
const count = values.index === undefined ? Number(values.count) : 1;
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1 || !Number.isInteger(first)) {
  console.error('usage: run.ts --seed N --count M [--index K] [--shrink S] [--keep]');
  process.exit(2);
}

const started = performance.now();
const result = await campaign(seed, count, (done) => process.stderr.write(`\r${done}/${count}`), first);
process.stderr.write('\n');
console.log(`seed ${seed}: ${count} programs, ${result.same} same, ${result.refused} refused, ${result.findings.length} differ` +
  ` (${result.harness} batch-only, ${result.unstable} hash-seed dependent; ${Math.round((performance.now() - started) / 1000)} s)`);
for (const [message, n] of result.refusals) console.log(`  refused ${n}: ${message}`);

const bySignature = new Map<string, typeof result.findings[number][]>();
for (const finding of result.findings) {
  bySignature.set(signature(finding), [...(bySignature.get(signature(finding)) ?? []), finding]);
}
for (const [sig, group] of bySignature) console.log(`  ${group.length} x ${sig}  (programs ${group.slice(0, 8).map((f) => f.index).join(', ')})`);

const start = await calibrate();
const budget = Number(values.shrink);
const outDir = join(PROGRAMS_DIR, 'fuzz-found');
for (const group of [...bySignature.values()].slice(0, budget)) {
  const finding = group[0]!;
  const target = { pythonExit: finding.python.exitCode, engineExit: finding.engine.exitCode, signature: signature(finding) };
  let small = await shrink(finding.source, (sources) => batchPython(sources, start), target);
  const fresh = await freshPython(small);
  if (verdict(fresh, runProgram(small)) !== 'differs') {
    // the batch agreed with the engine's difference but a fresh run does not: shrink on fresh runs
    small = await shrink(finding.source, (sources) => Promise.all(sources.map((s) => freshPython(s))), target);
  }
  const engine = runProgram(small);
  const python = await freshPython(small);
  console.log(`\n=== seed ${seed} program ${finding.index} (${group.length} alike), shrunk to ${small.split('\n').length - 1} lines`);
  console.log(small + `--- ${firstDifference(python, engine)}`);
  if (values.keep) {
    mkdirSync(outDir, { recursive: true });
    const header = `# found by the fuzzer (seed ${seed}, program ${finding.index}), shrunk: ${firstDifference(python, engine).slice(0, 120)}\n`;
    writeFileSync(join(outDir, `seed${seed}-p${finding.index}.py`), header + small);
  }
}
