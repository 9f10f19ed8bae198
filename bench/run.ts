// `npm run bench`: run and trace throughput, seek time and memory per step on programs of about
// 1k, 10k, 100k and 1M steps, against a Python Tutor-style CPython tracer on the same programs.
// Prints figures; it is not a test and asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import os from 'node:os';
import { runInNewContext } from 'node:vm';
import { runSource } from '../electron/engine/run';
import { traceProgram } from '../electron/engine/trace/trace-program';
import { PROGRAMS, type BenchProgram } from './programs';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** benchmarks measure long runs on purpose: the game's wall-clock budget would cut them short */
const BENCH_MILLIS = 600_000;
/** BENCH_TRACE_MILLIS caps one trace (to measure a slow recorder without waiting for it) */
const TRACE_MILLIS = Number(process.env.BENCH_TRACE_MILLIS ?? BENCH_MILLIS);

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
/** The CPython tracer runs at most this long per program, then its rate is extrapolated. */
const TUTOR_CAP_SECONDS = Number(process.env.BENCH_TUTOR_CAP ?? 30);
const SEEKS = 1_000;
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'refquest-bench-'));

function lineSteps(program: BenchProgram, iterations: number): number {
  const r = runSource(program.source(iterations), { maxSteps: 1e9, maxMillis: BENCH_MILLIS });
  return r.session!.rt.steps;
}

/** The loop count that makes about `steps` line steps (steps grow linearly with the loop). */
function iterationsFor(program: BenchProgram, steps: number): number {
  const a = lineSteps(program, 100);
  const b = lineSteps(program, 200);
  const perTurn = (b - a) / 100;
  return Math.max(1, Math.round((steps - (a - 100 * perTurn)) / perTurn));
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const v = f();
  return [v, performance.now() - t0];
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

function tutor(source: string, name: string, cap: number | null): { steps: number; seconds: number; capped: boolean } | null {
  const path = join(dir, `${name}.py`);
  writeFileSync(path, source);
  const args = [join(here, 'tutor_tracer.py'), path, ...(cap !== null ? [String(cap)] : [])];
  const r = spawnSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout) as { steps: number; seconds: number; capped: boolean };
}

/** Trace bytes per step measured at the previous size, to skip a size that would not fit in memory. */
const bytesPerStep = new Map<string, number>();
const MEMORY_BUDGET = 2 * 1024 ** 3;

function bench(program: BenchProgram, target: number): void {
  const projected = (bytesPerStep.get(program.name) ?? 0) * target * 1.5;
  if (projected > MEMORY_BUDGET) {
    console.log(`\n${program.name} @ ~${fmt(target)} line steps: skipped, its trace would retain about ${fmt(projected / 1024 ** 3, 1)} GiB (over this bench's ${MEMORY_BUDGET / 1024 ** 3} GiB budget)`);
    return;
  }
  const n = iterationsFor(program, target);
  const source = program.source(n);
  const maxSteps = target * 2 + 10_000;

  const [run, runMs] = time(() => runSource(source, { maxSteps, maxMillis: BENCH_MILLIS }));
  const steps = run.session!.rt.steps;
  if (run.exitCode !== 0) throw new Error(`${program.name}: ${run.stderr}`);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const [trace, traceMs] = time(() => traceProgram(source, { maxSteps, maxMillis: TRACE_MILLIS }));
  if (trace.stopped) console.log(`  (trace stopped: ${trace.stopped})`);
  collectGarbage();
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  bytesPerStep.set(program.name, heapGrowth / trace.stepCount);

  const seekMs: number[] = [];
  for (let i = 0; i < SEEKS; i++) {
    const k = Math.floor(Math.random() * trace.stepCount);
    seekMs.push(time(() => trace.snapshot(k))[1]);
  }
  seekMs.sort((a, b) => a - b);
  const mean = seekMs.reduce((a, b) => a + b, 0) / seekMs.length;
  const jsonBytes = trace.stepCount <= 100_000 ? JSON.stringify(trace.toJSON()).length : NaN;

  const tp = tutor(source, `${program.name}-${target}`, TUTOR_CAP_SECONDS);
  const traceRate = trace.stepCount / (traceMs / 1000);
  let tutorText = 'failed';
  if (tp) {
    const tutorRate = tp.steps / tp.seconds;
    const tutorMsFull = (trace.stepCount / tutorRate) * 1000;
    tutorText = `${fmt(tp.steps)} steps in ${fmt(tp.seconds, 2)} s${tp.capped ? ` (capped at ${TUTOR_CAP_SECONDS} s; rate extrapolated)` : ''}` +
      ` = ${fmt(tutorRate)} steps/s; RefQuest trace / CPython tracer speed: ${fmt(traceRate / tutorRate, 1)}×` +
      (tp.capped ? ` (full run ≈ ${fmt(tutorMsFull / 1000, 0)} s)` : '');
  }
  console.log(`\n${program.name} @ ~${fmt(target)} line steps (${fmt(steps)} line steps, ${fmt(trace.stepCount)} trace steps incl. call/return)`);
  console.log(`  run:    ${fmt(runMs)} ms = ${fmt(steps / (runMs / 1000))} line steps/s`);
  console.log(`  trace:  ${fmt(traceMs)} ms = ${fmt(traceRate)} trace steps/s (${fmt(trace.stepCount / (traceMs / 1000) / (steps / (runMs / 1000)) * 100)}% of the run's rate, per step)`);
  console.log(`  seek:   mean ${fmt(mean, 3)} ms, p99 ${fmt(percentile(seekMs, 0.99), 3)} ms, max ${fmt(seekMs[seekMs.length - 1]!, 3)} ms over ${SEEKS} random steps`);
  console.log(`  memory: heap growth ${fmt(heapGrowth / trace.stepCount)} B/step (${fmt(heapGrowth / 1048576, 1)} MiB retained)` +
    (Number.isNaN(jsonBytes) ? '' : `, JSON ${fmt(jsonBytes / trace.stepCount)} B/step (${fmt(jsonBytes / 1048576, 1)} MiB)`));
  console.log(`  CPython settrace heap-snapshot tracer: ${tutorText}`);
}

console.log('RefQuest engine benchmark (times include parsing and compiling; the CPython tracer is timed like Python Tutor works: traced run plus serializing the kept trace to JSON)');
console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (other work on the machine inflates wall times)`);
// warm the JIT so the small sizes measure the engine, not V8's first compilation
/** BENCH_PROGRAMS=heap,dict10k runs only those */
const only = process.env.BENCH_PROGRAMS?.split(',');
const chosen = PROGRAMS.filter((p) => !only || only.includes(p.name));
for (const program of chosen) {
  const n = iterationsFor(program, 5_000);
  traceProgram(program.source(n), { maxSteps: 100_000, maxMillis: TRACE_MILLIS });
  runSource(program.source(n), { maxSteps: 100_000, maxMillis: BENCH_MILLIS });
}
for (const program of chosen) {
  console.log(`\n== ${program.name}: ${program.describe}`);
  for (const size of SIZES) bench(program, size);
}

// the renderer half (issues 3 and 11): layout alone (rule-based vs ELK), then first draw, idle
// cost, animation and scrub frame times for 30/300/1,000-object heaps, measured in Chromium
if (process.env.BENCH_SKIP_RENDERER !== '1') {
  const { runLayoutBench } = await import('./renderer/layout-bench');
  await runLayoutBench();
  const { runRendererBench } = await import('./renderer/run');
  await runRendererBench();
}
