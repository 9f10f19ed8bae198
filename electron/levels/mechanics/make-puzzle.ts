// Make this heap: the target is the final state of a reference program; the player's program
// (lines from the pool, in the player's order) is run in the engine and its final state is
// compared with the target's: the same names, the same sharing (names and slots onto objects,
// up to relabeling), the same counts on objects that are not cached, and as many objects left
// unreachable for the collector.
import type { HeapSketch, PlayerAnswer, SketchObject } from '../../api';
import { traceProgram, type Trace } from '../../engine/trace/trace-program';
import type { LevelQuestion } from '../schema';
import { arrowsOf, compareArrows, heapGraph, shortRepr, type HeapGraph } from './heap-graph';
import { letterOf } from './heap-puzzle';
import { cachedTrace } from './trace-cache';

export type MakeQuestion = Extract<LevelQuestion, { kind: 'make' }>;
export type MakeAnswer = Extract<PlayerAnswer, { kind: 'make' }>;

/** the player's program runs under this budget (a pool line could loop) */
const PLAYER_STEP_BUDGET = 20_000;

export interface MakeJudgement {
  readonly right: boolean;
  readonly notes: readonly string[];
}

/** The state once the last line has run (the module's own return step tears its names down). */
export function finalStep(trace: Trace): number {
  const last = trace.stepCount - 1;
  const step = trace.steps[last];
  return step && step.kind === 'return' && step.function === '<module>' && last > 0 ? last - 1 : last;
}

const finalGraph = (trace: Trace): HeapGraph => heapGraph(trace.snapshot(finalStep(trace)));

export function targetGraph(question: MakeQuestion): HeapGraph {
  const trace = cachedTrace(question.target.code);
  if (trace.result.exitCode !== 0) throw new Error(`the target program fails: ${trace.result.stderr.trim().split('\n').pop()}`);
  return finalGraph(trace);
}

/** The target as the renderer draws it: objects labelled A1, B1... (no decoys: nothing to pick). */
export function targetSketch(graph: HeapGraph): HeapSketch {
  const labels = new Map<number, string>();
  const objects: SketchObject[] = [];
  [...graph.objects.values()].forEach((o, k) => {
    const label = `${letterOf(k)}1`;
    labels.set(o.id, label);
    objects.push({ label, type: o.type, repr: shortRepr(o.repr), slots: o.slots.map((s) => ({ key: s.key, value: s.value })) });
  });
  const arrows = arrowsOf(graph, (id) => labels.get(id)!);
  return { names: [...graph.names], objects, edges: [...arrows.arrows].map(([from, to]) => ({ from, to })), unreachable: graph.unreachable };
}

/** The reference program as indices into the pool (the schema checks every line is offered). */
export function referenceOrder(question: MakeQuestion): MakeAnswer {
  const order = question.target.code.replace(/\n+$/, '').split('\n').map((text) => question.lines.indexOf(text.trim()));
  return { kind: 'make', order };
}

export function programOf(question: MakeQuestion, order: readonly number[]): string {
  return `${order.map((i) => question.lines[i] ?? '').join('\n')}\n`;
}

/** An object's path from a name in a graph (`grid[1]`), for notes the player can read. */
function pathsOf(graph: HeapGraph): Map<number, string> {
  const paths = new Map<number, string>();
  const queue: number[] = [];
  for (const [name, id] of graph.bindings) {
    if (!paths.has(id)) {
      paths.set(id, name);
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const s of graph.objects.get(id)?.slots ?? []) {
      if (s.target !== null && !paths.has(s.target)) {
        paths.set(s.target, `${paths.get(id)}${s.key}`);
        queue.push(s.target);
      }
    }
  }
  return paths;
}

export function judgeMake(question: MakeQuestion, order: readonly number[]): MakeJudgement {
  if (order.length === 0) return { right: false, notes: ['Pick at least one line.'] };
  const trace = traceProgram(programOf(question, order), { maxSteps: PLAYER_STEP_BUDGET });
  if (trace.result.exitCode !== 0) {
    const why = trace.result.stderr.trim().split('\n').pop() ?? 'an error';
    return { right: false, notes: [`Your program stops before the end: ${why}`] };
  }
  const target = targetGraph(question);
  const mine = heapGraph(trace.snapshot(finalStep(trace)), target.names);
  const mineAll = finalGraph(trace);
  const paths = pathsOf(mine);
  const readable = (source: string) => source.replace(/^#(\d+)/, (_, id: string) => paths.get(Number(id)) ?? `#${id}`);
  const diff = compareArrows(arrowsOf(mine), arrowsOf(target), (key) => mine.objects.get(Number(key.slice(1)))?.look);
  const notes: string[] = [];
  for (const source of diff.missing) notes.push(`\`${readable(source)}\` is not bound, but the target has it.`);
  for (const source of diff.wrong) notes.push(`\`${readable(source)}\` refers to a different object than in the target (an object of another look, or shared where the target has separate ones, or the other way round).`);
  for (const name of mineAll.names) if (!target.bindings.has(name)) notes.push(`The target has no name \`${name}\`.`);
  if (notes.length === 0) {
    for (const [expected, given] of diff.matched) {
      const want = target.objects.get(Number(expected.slice(1)))!;
      const got = mine.objects.get(Number(given.slice(1)))!;
      if (want.refcount !== null && got.refcount !== null && want.refcount !== got.refcount) {
        notes.push(`\`${paths.get(got.id)}\` is held by ${got.refcount} reference${got.refcount === 1 ? '' : 's'}; in the target, by ${want.refcount}.`);
      }
    }
  }
  if (mineAll.unreachable !== target.unreachable) {
    notes.push(`${mineAll.unreachable} object${mineAll.unreachable === 1 ? ' is' : 's are'} left unreachable, awaiting the collector; the target has ${target.unreachable}.`);
  }
  return { right: notes.length === 0, notes };
}
