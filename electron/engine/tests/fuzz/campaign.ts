// One fuzzing campaign: `count` programs of `seed`, CPython's results from batches, the
// engine's from runProgram, and every difference confirmed by a fresh `python3 FILE.py`
// under two hash seeds (a batch-only difference is the harness's, not the engine's; a
// hash-seed-dependent output is the generator's fault and is counted as unstable).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProgram, type RunResult } from '../../index';
import { mapPool, runPython, type PythonRun } from '../python-oracle';
import { batchPython, calibrate } from './batch';
import { firstDifference, observed, verdict } from './compare';
import { generateProgram } from './generate';
import { differenceShape } from './shrink';

export interface Finding {
  readonly index: number;
  readonly source: string;
  readonly python: PythonRun;
  readonly engine: RunResult;
  /** the first line on which they part */
  readonly first: string;
}

export interface CampaignResult {
  readonly seed: number;
  readonly count: number;
  readonly same: number;
  readonly refused: number;
  /** differences in the batch that a fresh python3 run did not confirm */
  readonly harness: number;
  /** outputs that depend on the hash seed (excluded) */
  readonly unstable: number;
  readonly findings: readonly Finding[];
  readonly refusals: ReadonlyMap<string, number>;
}

const BATCH = 250;

export async function freshPython(source: string, hashSeed = '0'): Promise<PythonRun> {
  const dir = mkdtempSync(join(tmpdir(), 'refquest-fresh-'));
  try {
    const file = join(dir, 'program.py');
    writeFileSync(file, source);
    return await runPython(file, hashSeed);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sameObserved(a: PythonRun, b: PythonRun): boolean {
  return JSON.stringify(observed(a)) === JSON.stringify(observed(b));
}

export async function campaign(
  seed: number,
  count: number,
  progress: (done: number) => void = () => {},
  first = 0,
): Promise<CampaignResult> {
  const start = await calibrate();
  const findings: Finding[] = [];
  const refusals = new Map<string, number>();
  let same = 0;
  let harness = 0;
  let unstable = 0;
  for (let from = first; from < first + count; from += BATCH) {
    const programs = Array.from({ length: Math.min(BATCH, first + count - from) }, (_, k) => generateProgram(seed, from + k));
    const runs = await batchPython(programs.map((p) => p.source), start);
    const differing: { program: (typeof programs)[number]; engine: RunResult; batched: PythonRun }[] = [];
    for (const [k, program] of programs.entries()) {
      const engine = runProgram(program.source);
      const result = verdict(runs[k]!, engine);
      if (result === 'same') same++;
      else if (result === 'refused') {
        const message = engine.stderr.trim().split('\n').pop()!.replace(/ at line \d+$/, '');
        refusals.set(message, (refusals.get(message) ?? 0) + 1);
      } else differing.push({ program, engine, batched: runs[k]! });
    }
    const reseeded = await batchPython(differing.map((d) => d.program.source), start, '3141592');
    const fresh = await mapPool(differing, 2, (d) => freshPython(d.program.source));
    differing.forEach(({ program, engine, batched }, k) => {
      if (verdict(fresh[k]!, engine) === 'same') harness++;
      else if (!sameObserved(batched, reseeded[k]!)) unstable++;
      else findings.push({ index: program.index, source: program.source, python: fresh[k]!, engine, first: firstDifference(fresh[k]!, engine) });
    });
    progress(from + programs.length - first);
  }
  return { seed, count, same, refused: [...refusals.values()].reduce((a, b) => a + b, 0), harness, unstable, findings, refusals };
}

/** a finding's difference with its numbers masked: findings alike share it */
export function signature(finding: Finding): string {
  return differenceShape(finding.first);
}
