// Minimises a program on which the engine and CPython differ: drops runs of lines (halving
// the run length, as delta debugging does), unwraps compound statements, and shortens
// literals, keeping each change only while the difference persists with the same exit
// statuses. Candidates are judged a batch at a time (one python3 process per round).
import { runProgram } from '../../index';
import type { PythonRun } from '../python-oracle';
import { firstDifference, verdict } from './compare';

/** CPython's runs of many candidate programs, in order */
export type PythonRunner = (sources: readonly string[]) => Promise<PythonRun[]>;

export interface Target {
  readonly pythonExit: number;
  readonly engineExit: number;
  /** the first difference with numbers masked: a candidate must part the same way */
  readonly signature: string;
}

/** the shape of a first difference, numbers and line number aside */
export function differenceShape(first: string): string {
  return first.replace(/^line \d+: /, '').replace(/\d+/g, 'N');
}

const ADDRESS = /0x[0-9a-f]{6,}/;

/** the first candidate that still differs the same way; judged GROUP at a time, in order */
async function firstStillDiffering(candidates: readonly string[], python: PythonRunner, target: Target): Promise<string | null> {
  const GROUP = 12;
  for (let from = 0; from < candidates.length; from += GROUP) {
    const group = candidates.slice(from, from + GROUP);
    // the engine is fast: only candidates on which it still fails the same way reach python3
    const engines = group.map((source) => runProgram(source));
    const worth = group.filter((_, i) => engines[i]!.exitCode === target.engineExit);
    if (worth.length === 0) continue;
    const runs = await python(worth);
    for (let i = 0; i < worth.length; i++) {
      const run = runs[i]!;
      if (run.exitCode !== target.pythonExit || ADDRESS.test(run.stdout) || /^(SyntaxError|IndentationError)/m.test(run.stderr)) continue;
      const engine = runProgram(worth[i]!);
      if (verdict(run, engine) === 'differs' && differenceShape(firstDifference(run, engine)) === target.signature) return worth[i]!;
    }
  }
  return null;
}

function withoutRange(lines: readonly string[], from: number, count: number): string {
  return [...lines.slice(0, from), ...lines.slice(from + count)].join('\n') + '\n';
}

/** the end (exclusive) of the block that line `i` opens */
function blockEnd(lines: readonly string[], i: number): number {
  const depth = lines[i]!.length - lines[i]!.trimStart().length;
  let end = i + 1;
  while (end < lines.length && (lines[end]!.length - lines[end]!.trimStart().length > depth || lines[end]!.trim() === '')) end++;
  return end;
}

/** the end of a whole statement: a `try` with its handlers, an `if` with its `else` */
function statementEnd(lines: readonly string[], i: number): number {
  const depth = lines[i]!.length - lines[i]!.trimStart().length;
  let end = blockEnd(lines, i);
  while (end < lines.length && lines[end]!.length - lines[end]!.trimStart().length === depth &&
    /^\s*(except\b|finally:|else:|elif\b)/.test(lines[end]!)) end = blockEnd(lines, end);
  return end;
}

/** each compound statement removed whole, header, body and clauses */
function withoutBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (/:\s*$/.test(line) && !/^\s*(except\b|finally:|else:|elif\b)/.test(line)) {
      out.push(withoutRange(lines, i, statementEnd(lines, i) - i));
    }
  });
  return out;
}

/** a compound statement's header removed and its body moved out one level */
function unwrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!/:\s*$/.test(line) || /^\s*(def|class) /.test(line)) return;
    const end = blockEnd(lines, i);
    const body = lines.slice(i + 1, end).map((l) => l.slice(4));
    out.push([...lines.slice(0, i), ...body, ...lines.slice(end)].join('\n') + '\n');
  });
  return out;
}

/** each literal of each line made smaller, one at a time */
function simplified(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    for (const match of line.matchAll(/\b\d{2,}\b/g)) {
      const shorter = line.slice(0, match.index) + match[0].slice(0, 1) + line.slice(match.index! + match[0].length);
      out.push([...lines.slice(0, i), shorter, ...lines.slice(i + 1)].join('\n') + '\n');
    }
  });
  return out;
}

export async function shrink(source: string, python: PythonRunner, target: Target): Promise<string> {
  let lines = source.replace(/\n$/, '').split('\n');
  lines = await withoutWholeBlocks(lines, python, target);
  // delta debugging over runs of lines: after a removal, carry on from the same place
  for (let chunk = Math.max(1, Math.floor(lines.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let from = 0; from < lines.length; ) {
      const candidates: string[] = [];
      for (let at = from; at < lines.length; at += chunk) candidates.push(withoutRange(lines, at, chunk));
      const kept = await firstStillDiffering(candidates, python, target);
      if (!kept) break;
      const next = kept.replace(/\n$/, '').split('\n');
      from = Math.max(0, from + (candidates.indexOf(kept) * chunk));
      lines = next;
    }
  }
  lines = await withoutWholeBlocks(lines, python, target);
  for (let round = 0; round < 50; round++) {
    const smaller = (await firstStillDiffering(unwrapped(lines), python, target)) ?? (await firstStillDiffering(simplified(lines), python, target));
    if (!smaller) break;
    lines = smaller.replace(/\n$/, '').split('\n');
  }
  return lines.join('\n') + '\n';
}

async function withoutWholeBlocks(start: string[], python: PythonRunner, target: Target): Promise<string[]> {
  let lines = start;
  for (let round = 0; round < 100; round++) {
    const smaller = await firstStillDiffering(withoutBlocks(lines), python, target);
    if (!smaller) break;
    lines = smaller.replace(/\n$/, '').split('\n');
  }
  return lines;
}
