// A state rendered as the game sees it: frames, globals, objects with their states, and every
// reference with its holder. Reachability is computed from the state's own graph the way the
// cycle collector decides it: an object whose refcount exceeds the references the diagram shows
// is held from outside it (the interpreter), so it counts as a root like frames and globals.
import { holderFor, reprFrom } from './holders';
import type { FrameView, HeapState, ObjectState, ObjectView, ObjRecord, Reference, Snapshot } from './model';

export function buildSnapshot(state: HeapState, step: number): Snapshot {
  const objects = state.objects;
  const freed = new Set(state.freedNow);
  const keyText = (id: number) => reprFrom(objects, id);
  const references: Reference[] = [];
  const incoming = new Map<number, number>();
  const roots: number[] = [];
  const count = (id: number) => incoming.set(id, (incoming.get(id) ?? 0) + 1);

  const frames: FrameView[] = [];
  for (const fid of state.order) {
    const fr = state.frames.get(fid);
    if (!fr) continue;
    const locals: Record<string, number> = {};
    fr.names.forEach((name, i) => {
      const id = fr.locals[i]!;
      if (!id) return;
      locals[name] = id;
      references.push({ holder: { kind: 'local', frame: fid, name }, to: id });
      roots.push(id);
      count(id);
    });
    const hidden = fr.stack.map((id, slot) => {
      const label = fr.stackLabels[slot]!;
      references.push({ holder: { kind: 'hidden', frame: fid, slot, label }, to: id });
      roots.push(id);
      count(id);
      return { slot, label, id };
    });
    if (fr.func) {
      references.push({ holder: { kind: 'frame-function', frame: fid }, to: fr.func });
      roots.push(fr.func);
      count(fr.func);
    }
    frames.push({ id: fid, name: fr.name, line: state.lines.get(fid) ?? 0, locals, hidden });
  }
  const globals: Record<string, number> = {};
  for (const [name, id] of state.globals) {
    globals[name] = id;
    references.push({ holder: { kind: 'global', name }, to: id });
    roots.push(id);
    count(id);
  }
  const sorted = [...objects.values()].sort((a, b) => a.id - b.id);
  const fromObjects: Reference[] = [];
  for (const rec of sorted) {
    if (freed.has(rec.id)) continue;
    for (let i = 0; i < rec.refs.length; i++) {
      const to = rec.refs[i]!;
      if (to === 0) continue; // a deleted dict entry's hole
      fromObjects.push({ holder: holderFor(rec, i, keyText), to });
      count(to);
    }
  }
  for (const rec of sorted) {
    if (freed.has(rec.id)) continue;
    if (rec.cached || rec.rc > (incoming.get(rec.id) ?? 0)) roots.push(rec.id);
  }
  const reachable = reach(objects, roots, freed);
  const visible = new Set<number>();
  const views: ObjectView[] = [];
  for (const rec of sorted) {
    const state: ObjectState = freed.has(rec.id) ? 'freed' : reachable.has(rec.id) ? 'reachable' : 'unreachable';
    // an object nothing in the diagram points to is the interpreter's business (a module's name...)
    if (state !== 'freed' && !incoming.has(rec.id)) continue;
    visible.add(rec.id);
    views.push({
      id: rec.id,
      type: rec.type,
      repr: reprFrom(objects, rec.id),
      refcount: rec.cached ? null : rec.rc,
      size: rec.size,
      state,
      cached: rec.cached,
    });
  }
  for (const r of fromObjects) {
    if ('owner' in r.holder && visible.has(r.holder.owner)) references.push(r);
  }
  return { step, frames, globals, objects: views, references };
}

function reach(objects: ReadonlyMap<number, ObjRecord>, roots: number[], freed: ReadonlySet<number>): Set<number> {
  const seen = new Set<number>();
  const stack = roots.slice();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id) || freed.has(id)) continue;
    seen.add(id);
    const rec = objects.get(id);
    if (rec) for (const r of rec.refs) if (!seen.has(r)) stack.push(r);
  }
  return seen;
}
