// The checker's part for the puzzle mechanics: CPython must draw the same heap (draw the heap,
// make-this-heap targets) and find the same leaked objects as the engine; a make question's
// reference program must pass its own judge.
import type { LevelProblem } from '../../api';
import type { LevelSolution } from '../answers';
import type { CatalogLevel } from '../catalog';
import { arrowsOf, compareArrows, heapGraph, type HeapGraph } from '../mechanics/heap-graph';
import { leakPuzzle } from '../mechanics/leak-puzzle';
import { judgeMake, targetGraph } from '../mechanics/make-puzzle';
import { cachedTrace, stepAfter } from '../mechanics/trace-cache';
import { problem } from '../problems';
import { askPythonMechanics, type MechanicsJob, type MechanicsReply } from './python-mechanics';

const keyOf = (level: CatalogLevel, index: number) => `${level.path}#${index}`;

function jobFor(level: CatalogLevel, index: number): MechanicsJob | null {
  const q = level.definition.questions[index]!;
  const code = level.definition.code;
  switch (q.kind) {
    case 'heap': return { mode: 'graph', code, after: q.after, names: q.names ?? null };
    case 'make': return { mode: 'graph', code: q.target.code, after: null, names: null };
    case 'leak': return { mode: 'leak', code, after: q.after, candidates: leakPuzzle(cachedTrace(code), q.after).candidates.map((c) => c.label) };
    default: return null;
  }
}

function graphDifference(engine: HeapGraph, cpython: HeapGraph): string | null {
  const d = compareArrows(arrowsOf(cpython), arrowsOf(engine), (key) => cpython.objects.get(Number(key.slice(1)))?.look);
  const parts = [
    d.missing.length ? `CPython lacks ${d.missing.join(', ')}` : '',
    d.wrong.length ? `they differ at ${d.wrong.join(', ')}` : '',
    d.extra.length ? `CPython also has ${d.extra.join(', ')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

function compare(level: CatalogLevel, index: number, solution: LevelSolution, reply: MechanicsReply | undefined): string | null {
  const q = level.definition.questions[index]!;
  if (reply === undefined) return 'CPython gave no answer';
  if ('error' in reply) return `CPython cannot answer it: ${reply.error.trim().split('\n').pop()}`;
  switch (q.kind) {
    case 'heap': {
      const trace = cachedTrace(level.definition.code);
      const why = graphDifference(heapGraph(trace.snapshot(stepAfter(trace, q.after)), q.names), reply as HeapGraph);
      return why && `engine and CPython draw the heap differently: ${why}`;
    }
    case 'make': {
      const why = graphDifference(targetGraph(q), reply as HeapGraph);
      if (why) return `engine and CPython end the target program differently: ${why}`;
      const reference = solution.questions[index]!.correct;
      if (reference.kind !== 'make') return 'the solver did not answer with an order';
      const judged = judgeMake(q, reference.order);
      if (!judged.right) return `the reference program fails its own judge: ${judged.notes.join(' ')}`;
      return q.lines.length > reference.order.length ? null : 'offer at least one distractor line';
    }
    case 'leak': {
      const engine = solution.questions[index]!.correct;
      const mine = engine.kind === 'leak' ? [...engine.objects].sort() : [];
      const theirs = [...(reply as readonly string[])].sort();
      return JSON.stringify(mine) === JSON.stringify(theirs) ? null : `engine and CPython disagree on the leak: engine ${JSON.stringify(mine)}, CPython ${JSON.stringify(theirs)}`;
    }
    default:
      return null;
  }
}

/** Problems with the mechanics questions of solved levels (one python3 batch for all of them). */
export function mechanicsProblems(solved: readonly { level: CatalogLevel; solution: LevelSolution }[]): LevelProblem[] {
  const jobs = new Map<string, MechanicsJob>();
  for (const { level } of solved) {
    level.definition.questions.forEach((_, i) => {
      const job = jobFor(level, i);
      if (job) jobs.set(keyOf(level, i), job);
    });
  }
  const replies = askPythonMechanics(jobs);
  const found: LevelProblem[] = [];
  for (const { level, solution } of solved) {
    level.definition.questions.forEach((_, i) => {
      if (!jobs.has(keyOf(level, i))) return;
      const why = compare(level, i, solution, replies.get(keyOf(level, i)));
      if (why) found.push(problem(level.path, `questions[${i}]`, why));
    });
  }
  return found;
}
