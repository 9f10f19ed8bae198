// Draw the heap: the palette the player builds from and the arrows of the right drawing.
// Palette labels are `<letter><copy>`: one letter per look, so `B1` and `B2` are two objects
// nobody could tell apart by their boxes. The palette holds the real objects plus look-alike
// decoys (at least one per look, and as many copies as there are arrows into that look), so a
// drawing that gives two names separate objects when they share one is always possible.
import type { PlayerAnswer, SketchEdge, SketchObject } from '../../api';
import { arrowsOf, compareArrows, shortRepr, type ArrowGraph, type GraphDifference, type HeapGraph } from './heap-graph';

export type HeapAnswer = Extract<PlayerAnswer, { kind: 'heap' }>;

export interface HeapPuzzle {
  readonly names: readonly string[];
  readonly palette: readonly SketchObject[];
  readonly correct: HeapAnswer;
}

/** more objects than this make the palette a chore, not a puzzle */
const PALETTE_LIMIT = 16;

export function letterOf(index: number): string {
  let n = index;
  let text = '';
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

const LABEL = /^([A-Z]+)(\d+)/;
export const lookOfLabel = (label: string): string | undefined => {
  const m = /^([A-Z]+)\d+$/.exec(label);
  return m ? m[1] : undefined;
};

export function heapPuzzle(graph: HeapGraph): HeapPuzzle {
  const objects = [...graph.objects.values()];
  const looks = [...new Set(objects.map((o) => o.look))].sort();
  const arrowsInto = new Map<string, number>();
  const bump = (id: number) => {
    const look = graph.objects.get(id)!.look;
    arrowsInto.set(look, (arrowsInto.get(look) ?? 0) + 1);
  };
  for (const id of graph.bindings.values()) bump(id);
  for (const o of objects) for (const s of o.slots) if (s.target !== null) bump(s.target);
  const wanted = looks.map((look) => {
    const real = objects.filter((o) => o.look === look).length;
    return { look, real, copies: Math.max(real + 1, arrowsInto.get(look) ?? 0) };
  });
  // trim decoys (never below one per look) until the palette fits
  let total = wanted.reduce((n, w) => n + w.copies, 0);
  for (const w of [...wanted].sort((a, b) => b.copies - a.copies)) {
    while (total > PALETTE_LIMIT && w.copies > w.real + 1) {
      w.copies -= 1;
      total -= 1;
    }
  }
  const labelOf = new Map<number, string>();
  const palette: SketchObject[] = [];
  wanted.forEach((w, k) => {
    const letter = letterOf(k);
    const real = objects.filter((o) => o.look === w.look);
    for (let copy = 0; copy < w.copies; copy++) {
      const model = real[copy] ?? real[0]!;
      const label = `${letter}${copy + 1}`;
      if (real[copy]) labelOf.set(model.id, label);
      // a container's repr would tell its copies apart by what they reach: its slots say enough
      const repr = model.slots.some((s) => s.target !== null) ? '' : shortRepr(model.repr);
      palette.push({ label, type: model.type, repr, slots: model.slots.map((s) => ({ key: s.key, value: s.value })) });
    }
  });
  const arrows = arrowsOf(graph, (id) => labelOf.get(id)!);
  const edges: SketchEdge[] = [...arrows.arrows].map(([from, to]) => ({ from, to }));
  return { names: graph.names, palette, correct: { kind: 'heap', edges } };
}

/** The arrows of an answer, read as a graph (looks from the labels' letters). */
export function answerArrows(answer: HeapAnswer): ArrowGraph {
  const arrows = new Map(answer.edges.map((e) => [e.from, e.to]));
  const looks = new Map<string, string>();
  const arrowSlots = new Map<string, string[]>();
  const names: string[] = [];
  for (const { from, to } of answer.edges) {
    looks.set(to, lookOfLabel(to) ?? '?');
    const owner = LABEL.exec(from);
    if (owner && from.length > owner[0].length) {
      arrowSlots.set(owner[0], [...(arrowSlots.get(owner[0]) ?? []), from.slice(owner[0].length)]);
    } else {
      names.push(from);
    }
  }
  return { arrows, looks, arrowSlots, names };
}

/** Where a drawing differs from the right one, in the drawing's own labels. */
export function heapDifference(given: HeapAnswer, correct: HeapAnswer): GraphDifference {
  return compareArrows(answerArrows(given), answerArrows(correct), lookOfLabel);
}

export function heapAnswerIsCorrect(given: HeapAnswer, correct: HeapAnswer): boolean {
  const d = heapDifference(given, correct);
  return d.missing.length === 0 && d.wrong.length === 0 && d.extra.length === 0;
}

/** Why a drawing cannot be judged: a source drawn twice, a label that is not a palette label. */
export function heapShapeProblem(answer: HeapAnswer): string | null {
  const sources = answer.edges.map((e) => e.from);
  if (new Set(sources).size !== sources.length) return 'an arrow starts twice from the same name or slot';
  const bad = answer.edges.find((e) => lookOfLabel(e.to) === undefined);
  if (bad) return `"${bad.to}" is not an object of the palette`;
  return null;
}
