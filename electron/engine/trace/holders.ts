// Turning a stored reference (owner record + position) into the holder the game names, and
// short reprs computed from a state's own graph (never by running the program's `__repr__`).
import type { ObjRecord, RefHolder } from './model';

const REPR_CAP = 60;

/** The holder of reference `i` of `rec`; `keyText` gives the repr of a dict key by id. */
export function holderFor(rec: ObjRecord, i: number, keyText: (id: number) => string): RefHolder {
  const owner = rec.id;
  if (rec.labels === null) {
    switch (rec.kind) {
      case 'set': return { kind: 'set-member', owner };
      case 'dict': {
        const key = keyText(rec.refs[i - (i % 2)]!);
        return i % 2 === 0 ? { kind: 'dict-key', owner, key } : { kind: 'dict-value', owner, key };
      }
      default: return { kind: 'item', owner, index: i };
    }
  }
  const label = rec.labels[i]!;
  const rest = label.slice(2);
  switch (label[0]) {
    case 'a': case 'c': return { kind: 'attribute', owner, name: rest };
    case 'g': return { kind: 'generator-local', owner, name: rest };
    case 's': return { kind: 'generator-stack', owner, slot: i, label: rest };
    default: return { kind: 'field', owner, field: rest };
  }
}

/** A short repr of object `id` as the state holds it; containers are walked, capped in length. */
export function reprFrom(objects: ReadonlyMap<number, ObjRecord>, id: number): string {
  const out = { text: '' };
  write(objects, id, out, new Set());
  return out.text.length > REPR_CAP ? out.text.slice(0, REPR_CAP - 1) + '…' : out.text;
}

function write(objects: ReadonlyMap<number, ObjRecord>, id: number, out: { text: string }, active: Set<number>): void {
  if (out.text.length > REPR_CAP) return;
  const rec = objects.get(id);
  if (!rec) {
    out.text += '?';
    return;
  }
  if (rec.atom !== null) {
    out.text += rec.atom;
    return;
  }
  const seq = (open: string, close: string, ids: readonly number[], sep = ', ') => {
    if (active.has(id)) {
      out.text += `${open}...${close}`;
      return;
    }
    active.add(id);
    out.text += open;
    ids.forEach((x, i) => {
      if (out.text.length > REPR_CAP) return;
      if (i > 0) out.text += sep;
      write(objects, x, out, active);
    });
    out.text += close;
    active.delete(id);
  };
  switch (rec.kind) {
    case 'list': seq('[', ']', rec.refs); return;
    case 'tuple':
      if (rec.refs.length === 1) seq('(', ',)', rec.refs);
      else seq('(', ')', rec.refs);
      return;
    case 'set':
      if (rec.refs.length === 0) out.text += rec.type === 'frozenset' ? 'frozenset()' : 'set()';
      else if (rec.type === 'frozenset') seq('frozenset({', '})', rec.refs);
      else seq('{', '}', rec.refs);
      return;
    case 'dict': {
      if (active.has(id)) {
        out.text += '{...}';
        return;
      }
      active.add(id);
      out.text += '{';
      let first = true;
      for (let i = 0; i < rec.refs.length && out.text.length <= REPR_CAP; i += 2) {
        if (rec.refs[i] === 0) continue; // a deleted entry's hole
        if (!first) out.text += ', ';
        first = false;
        write(objects, rec.refs[i]!, out, active);
        out.text += ': ';
        write(objects, rec.refs[i + 1]!, out, active);
      }
      out.text += '}';
      active.delete(id);
      return;
    }
    case 'cell':
      out.text += '<cell: ';
      if (rec.refs.length) write(objects, rec.refs[0]!, out, active);
      else out.text += 'empty';
      out.text += '>';
      return;
    case 'method':
      out.text += `<bound method of ${rec.refs.length > 1 ? objects.get(rec.refs[1]!)?.type ?? '?' : '?'} object>`;
      return;
    case 'instance':
      // exceptions: Name(args...)
      out.text += rec.type;
      seq('(', ')', argsOf(objects, rec));
      return;
    default:
      out.text += `<${rec.type} object>`;
  }
}

function argsOf(objects: ReadonlyMap<number, ObjRecord>, rec: ObjRecord): readonly number[] {
  const i = rec.labels?.indexOf('f:args') ?? -1;
  if (i < 0) return [];
  return objects.get(rec.refs[i]!)?.refs ?? [];
}
