// What changes between two placed diagrams, as the animation needs it: boxes that enter, leave,
// move, or are redrawn in place (a new refcount, a new state, a slot added); arrows that appear,
// disappear or swing to another object (a name rebound). Pure: unit-tested without a canvas.
import type { PlacedDiagram, Point } from './layout';
import type { DiagramNode } from './model';

export interface NodeMove {
  readonly key: string;
  readonly from: Point;
  readonly to: Point;
}

export interface EdgeRetarget {
  readonly id: string;
  readonly fromTarget: string;
  readonly toTarget: string;
}

export interface DiagramDiff {
  readonly enter: readonly string[];
  readonly exit: readonly string[];
  /** persisting nodes whose position changed */
  readonly move: readonly NodeMove[];
  /** persisting nodes whose drawing changed (refcount, state, contents, size) */
  readonly redraw: readonly string[];
  readonly edgeEnter: readonly string[];
  readonly edgeExit: readonly string[];
  readonly edgeRetarget: readonly EdgeRetarget[];
}

export function diffDiagrams(prev: PlacedDiagram | null, next: PlacedDiagram): DiagramDiff {
  const before = new Map((prev?.diagram.nodes ?? []).map((n) => [n.key, n]));
  const after = new Map(next.diagram.nodes.map((n) => [n.key, n]));
  const enter: string[] = [];
  const move: NodeMove[] = [];
  const redraw: string[] = [];
  for (const [key, node] of after) {
    const old = before.get(key);
    if (!old) {
      enter.push(key);
      continue;
    }
    const from = prev!.positions.get(key)!;
    const to = next.positions.get(key)!;
    if (from.x !== to.x || from.y !== to.y) move.push({ key, from, to });
    if (!sameDrawing(old, node)) redraw.push(key);
  }
  const exit = [...before.keys()].filter((k) => !after.has(k));

  const edgesBefore = new Map((prev?.diagram.edges ?? []).map((e) => [e.id, e]));
  const edgesAfter = new Map(next.diagram.edges.map((e) => [e.id, e]));
  const edgeEnter: string[] = [];
  const edgeRetarget: EdgeRetarget[] = [];
  for (const [id, e] of edgesAfter) {
    const old = edgesBefore.get(id);
    if (!old) edgeEnter.push(id);
    else if (old.target !== e.target) edgeRetarget.push({ id, fromTarget: old.target, toTarget: e.target });
  }
  const edgeExit = [...edgesBefore.keys()].filter((id) => !edgesAfter.has(id));
  return { enter, exit, move, redraw, edgeEnter, edgeExit, edgeRetarget };
}

/** Whether two versions of a box draw alike (then its view is kept, not redrawn). */
export function sameDrawing(a: DiagramNode, b: DiagramNode): boolean {
  return (
    a.title === b.title &&
    a.refcount === b.refcount &&
    a.state === b.state &&
    a.cached === b.cached &&
    a.width === b.width &&
    a.height === b.height &&
    JSON.stringify(a.body) === JSON.stringify(b.body)
  );
}
