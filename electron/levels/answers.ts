// What the level system needs from the engine: the correct answer to every question of a
// level, the explanation of the events that decide it, and the trace to replay. Answers are
// never written by hand; they come from running the level's program in the engine: probes
// (engine/probe.ts) read the state after the question's line, the trace gives the steps.
import type { PlayerAnswer, PublicQuestion } from '../api';
import { probeProgram, ProbeError, type ProbeAnswer, type ProbeRequest, type ProbedValue } from '../engine/probe';
import type { Trace } from '../engine/trace/trace-program';
import { CPYTHON_BUILTINS } from './cpython-builtins';
import { heapGraph } from './mechanics/heap-graph';
import { heapPuzzle } from './mechanics/heap-puzzle';
import { leakPuzzle } from './mechanics/leak-puzzle';
import { judgeMake, referenceOrder, targetGraph } from './mechanics/make-puzzle';
import { cachedTrace, firstStepOf, stepAfter } from './mechanics/trace-cache';
import { publicQuestions } from './public-view';
import { questionAnchor, type LevelDefinition, type LevelQuestion } from './schema';
import type { AnswerKey } from './rules';

/** The answer to a `size` question: one expression's byte count, or which of several are largest. */
export type SizeAnswer = Extract<PlayerAnswer, { kind: 'size' }>;

/** Any answer a level question has (the channel map's PlayerAnswer). */
export type LevelAnswer = PlayerAnswer;

export { sizeAnswerIsCorrect } from './rules';

export interface SolvedQuestion extends AnswerKey {
  /** the correct answer, in the same shape the player submits */
  readonly correct: LevelAnswer;
  /** the engine's one-line explanations of the events that decided the answer */
  readonly explanation: string;
  /**
   * The first trace step whose snapshot or events would give the answer away; the player may
   * read steps [0, revealStep) while this question is open.
   */
  readonly revealStep: number;
  /** once answered, the player may read steps [0, shownStep): up to the state after its line */
  readonly shownStep: number;
}

/**
 * A solved level as main keeps it: answers and what the player may see, never the trace (its
 * steps are read from an engine worker, see electron/worker/). Plain data, so it crosses from a
 * worker by structured clone; only a make-this-heap key's judge is a function, and it is dropped
 * on the way (main asks a worker to judge, see plainSolution).
 */
export interface LevelSolution {
  readonly questions: readonly SolvedQuestion[];
  readonly stepCount: number;
  /** the questions as the renderer shows them (a drawing's palette, a leak's candidates) */
  readonly publicQuestions: readonly PublicQuestion[];
}

/** The solution without its make-this-heap judges: what a worker posts back to main. */
export function plainSolution(solution: LevelSolution): LevelSolution {
  return {
    stepCount: solution.stepCount,
    publicQuestions: solution.publicQuestions,
    questions: solution.questions.map(({ judgeMake: _judge, ...rest }) => rest),
  };
}

export interface LevelSolver {
  /** Runs the level's program; throws when the program cannot run in the engine. */
  solve(level: LevelDefinition): LevelSolution;
}

/** A level whose program or questions the engine cannot answer; the message says why. */
export class UnsolvableLevel extends Error {}

function requestFor(q: LevelQuestion): ProbeRequest | null {
  switch (q.kind) {
    case 'refcount': return { kind: 'values', after: q.after, exprs: [q.expr] };
    case 'alias': return { kind: 'values', after: q.after, exprs: q.targets };
    case 'identity': return { kind: 'values', after: q.after, exprs: [q.left, q.right] };
    case 'output': return { kind: 'output', line: q.line };
    case 'freed': return { kind: 'freed', line: q.line, candidates: q.candidates };
    case 'collect': return { kind: 'collect', line: q.line };
    case 'size': return { kind: 'values', after: q.after, exprs: q.exprs };
    // the mechanics read the trace; the probe only makes sure their line runs
    case 'heap': return { kind: 'values', after: q.after, exprs: [] };
    case 'leak': return { kind: 'values', after: q.after, exprs: [] };
    case 'make': return null;
  }
}

/** The line a question is about; a make question stands apart from the program (line 0). */
function anchorOf(q: LevelQuestion): number {
  return questionAnchor(q)?.line ?? 0;
}

/** Answers that come from the trace (the mechanics) rather than from a probe. */
function mechanicAnswer(q: Extract<LevelQuestion, { kind: 'heap' | 'make' | 'leak' }>, trace: Trace, where: string): AnswerKey & { explanation: string } {
  switch (q.kind) {
    case 'heap': {
      const snapshot = trace.snapshot(stepAfter(trace, q.after));
      const missing = (q.names ?? []).filter((name) => !(name in snapshot.globals));
      if (missing.length > 0) throw new UnsolvableLevel(`${where}: \`${missing[0]}\` is not a module-level name after line ${q.after}`);
      const graph = heapGraph(snapshot, q.names);
      if (graph.names.length === 0) throw new UnsolvableLevel(`${where}: no names to draw after line ${q.after}`);
      const puzzle = heapPuzzle(graph);
      const shared = [...graph.objects.values()].filter((o) => o.slots.length > 0).length;
      return { correct: puzzle.correct, explanation: `After line ${q.after}: ${graph.names.length} name${graph.names.length === 1 ? '' : 's'}, ${graph.objects.size} object${graph.objects.size === 1 ? '' : 's'} (${shared} with slots), ${puzzle.correct.edges.length} arrows.` };
    }
    case 'leak': {
      const puzzle = leakPuzzle(trace, q.after);
      if (puzzle.candidates.length === 0) throw new UnsolvableLevel(`${where}: no objects alive before line ${q.after} to pick from`);
      return { correct: puzzle.correct, explanation: puzzle.explanation };
    }
    case 'make': {
      let target;
      try {
        target = targetGraph(q);
      } catch (e) {
        throw new UnsolvableLevel(`${where}: ${(e as Error).message}`);
      }
      const correct = referenceOrder(q);
      return { correct, judgeMake: (order) => judgeMake(q, order), explanation: `The target: ${target.names.map((n) => `\`${n}\``).join(', ')} over ${target.objects.size} object${target.objects.size === 1 ? '' : 's'}. One program that makes it:\n${programText(q, correct.order)}` };
    }
  }
}

function programText(q: Extract<LevelQuestion, { kind: 'make' }>, order: readonly number[]): string {
  return order.map((i) => `\`${q.lines[i]}\``).join(', then ');
}

function describe(v: ProbedValue): string {
  return `\`${v.expr}\` is ${v.typeName} #${v.objectId} ${v.repr}`;
}

function answerFor(q: LevelQuestion, a: ProbeAnswer, where: string): { correct: LevelAnswer; explanation: string } {
  switch (q.kind) {
    case 'refcount': {
      const v = (a as Extract<ProbeAnswer, { kind: 'values' }>).values[0]!;
      if (v.refcount === null) throw new UnsolvableLevel(`${where}: \`${q.expr}\` is a cached object (its refcount is not CPython's lesson)`);
      return { correct: { kind: 'refcount', count: v.refcount }, explanation: `After line ${q.after}, ${describe(v)} and ${v.refcount === 1 ? 'one reference holds' : `${v.refcount} references hold`} it.` };
    }
    case 'alias': {
      const values = (a as Extract<ProbeAnswer, { kind: 'values' }>).values;
      const groups = new Map<number, string[]>();
      for (const v of values) groups.set(v.objectId, [...(groups.get(v.objectId) ?? []), v.expr]);
      const parts = [...groups.entries()].map(([id, exprs]) => `${exprs.map((e) => `\`${e}\``).join(', ')} ${exprs.length > 1 ? 'are all' : 'is'} object #${id}`);
      return { correct: { kind: 'alias', groups: [...groups.values()] }, explanation: `After line ${q.after}: ${parts.join('; ')}.` };
    }
    case 'identity': {
      const [l, r] = (a as Extract<ProbeAnswer, { kind: 'values' }>).values as [ProbedValue, ProbedValue];
      const same = l.objectId === r.objectId;
      return {
        correct: { kind: 'identity', same },
        explanation: same ? `After line ${q.after}, \`${q.left}\` and \`${q.right}\` are one object: ${l.typeName} #${l.objectId}.` : `After line ${q.after}, \`${q.left}\` is #${l.objectId} and \`${q.right}\` is #${r.objectId}: two objects.`,
      };
    }
    case 'output': {
      const text = (a as Extract<ProbeAnswer, { kind: 'output' }>).text;
      return { correct: { kind: 'output', text }, explanation: `Line ${q.line} printed ${JSON.stringify(text.replace(/\n$/, ''))}.` };
    }
    case 'freed': {
      const f = a as Extract<ProbeAnswer, { kind: 'freed' }>;
      const alive = q.candidates.filter((c) => !f.freed.includes(c) && !f.unreachable.includes(c));
      const parts = [
        f.freed.length ? `freed at once: ${f.freed.map((c) => `\`${c}\``).join(', ')}` : 'nothing freed at once',
        f.unreachable.length ? `unreachable, awaiting the cycle collector: ${f.unreachable.map((c) => `\`${c}\``).join(', ')}` : null,
        alive.length ? `still alive: ${alive.map((c) => `\`${c}\``).join(', ')}` : null,
      ].filter(Boolean);
      return { correct: { kind: 'freed', freed: [...f.freed], unreachable: [...f.unreachable] }, explanation: `Line ${q.line}: ${parts.join('; ')}.` };
    }
    case 'collect': {
      const results = (a as Extract<ProbeAnswer, { kind: 'collect' }>).results;
      return { correct: { kind: 'collect', collected: results[0]! }, explanation: `gc.collect() on line ${q.line} found ${results[0]} unreachable object${results[0] === 1 ? '' : 's'}.` };
    }
    case 'heap':
    case 'leak':
    case 'make':
      throw new Error(`${where}: ${q.kind} answers come from the trace`);
    case 'size': {
      const values = (a as Extract<ProbeAnswer, { kind: 'values' }>).values;
      const sizes = values.map((v) => `sys.getsizeof(\`${v.expr}\`) is ${v.sizeof} bytes (${v.typeName})`).join('; ');
      const explanation = `After line ${q.after}: ${sizes}.`;
      if (values.length === 1) return { correct: { kind: 'size', bytes: values[0]!.sizeof }, explanation };
      const top = Math.max(...values.map((v) => v.sizeof));
      return { correct: { kind: 'size', largest: values.filter((v) => v.sizeof === top).map((v) => v.expr) }, explanation };
    }
  }
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

/**
 * Why the program met an exception CPython would not raise, or null: a NameError for a builtin
 * of CPython's that the engine lacks (`eval`, `open`), or a MemoryError from the simulator's
 * memory cap (CPython would have had the memory). Nothing the program does after one (a handler
 * catching it, a line it skips) can be trusted as CPython's behaviour.
 */
function standInError(trace: Trace): string | null {
  for (const step of trace.steps) {
    for (const event of step.events) {
      if (event.kind !== 'exception') continue;
      const name = event.type === 'NameError' ? /^name '([^']+)' is not defined/.exec(event.message)?.[1] : undefined;
      if (name !== undefined && CPYTHON_BUILTINS.has(name)) {
        return `the program uses \`${name}\`, which CPython has and the engine does not: its NameError would stand in for it`;
      }
      if (event.type === 'MemoryError' && event.message.startsWith('the simulator')) {
        return `the program needs more memory than the simulator's cap (line ${step.line}): ${event.message}`;
      }
    }
  }
  return null;
}

export const engineSolver: LevelSolver = {
  solve(level: LevelDefinition): LevelSolution {
    const requests = level.questions.map(requestFor);
    const probeIndex = new Map<number, number>();
    const asked: ProbeRequest[] = [];
    requests.forEach((r, i) => {
      if (r) probeIndex.set(i, asked.push(r) - 1);
    });
    let probed;
    try {
      probed = probeProgram(level.code, asked);
    } catch (e) {
      if (e instanceof ProbeError) throw new UnsolvableLevel(e.message);
      throw e;
    }
    if (probed.result.exitCode === 2 || probed.result.exitCode === 3) {
      throw new UnsolvableLevel(`the engine cannot run this program: ${probed.result.stderr.trim()}`);
    }
    const trace = cachedTrace(level.code);
    // a replay cut short by a budget would answer from a state the program never ends in
    if (trace.stopped) throw new UnsolvableLevel(`the engine cannot record the whole program for its replay: ${trace.stopped}`);
    const standIn = standInError(trace);
    if (standIn) throw new UnsolvableLevel(standIn);
    const questions = level.questions.map((q, i) => {
      const where = `questions[${i}]`;
      if (q.kind === 'make') return { ...mechanicAnswer(q, trace, where), revealStep: trace.stepCount, shownStep: trace.stepCount };
      const a = probed.answers[probeIndex.get(i)!];
      // an output probe of a line that never ran would answer "": the question is refused instead
      if (a && firstStepOf(trace, anchorOf(q)) === trace.stepCount) throw new UnsolvableLevel(`${where}: line ${anchorOf(q)} never runs`);
      if (!a) {
        const crash = probed.result.exitCode === 1 ? ` (the program stops with ${lastLine(probed.result.stderr)})` : '';
        throw new UnsolvableLevel(`${where}: line ${anchorOf(q)} never runs to completion${crash}`);
      }
      if (a.kind === 'collect' && a.results.length === 0) throw new UnsolvableLevel(`${where}: line ${anchorOf(q)} does not call gc.collect()`);
      const solved = q.kind === 'heap' || q.kind === 'leak' ? mechanicAnswer(q, trace, where) : answerFor(q, a, where);
      return { ...solved, revealStep: firstStepOf(trace, anchorOf(q)), shownStep: stepAfter(trace, anchorOf(q)) + 1 };
    });
    return { questions, stepCount: trace.stepCount, publicQuestions: publicQuestions(level) };
  },
};
