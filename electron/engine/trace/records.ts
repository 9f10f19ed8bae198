// Small pure helpers over trace records: building one, and cheap equality checks that let an
// unchanged record (or array) be shared instead of stored again.
import type { PyObj } from '../runtime/objects';
import type { FrameRecord, ObjRecord } from './model';

export function makeRecord(id: number, kind: PyObj['kind'], type: string, rc: number, size: number, cached: boolean,
  atom: string | null, refs: readonly number[], labels: readonly string[] | null): ObjRecord {
  return { id, kind, type, rc, size, cached, atom, refs, labels, owner: 0, refsOwner: 0 };
}

export function isImmutableAtom(o: PyObj): boolean {
  return o.kind === 'int' || o.kind === 'float' || o.kind === 'str' || o.kind === 'none' || o.kind === 'range';
}

/** How many times labels[i] occurred before index i (a class with two bases has two `f:base`). */
export function occurrence(labels: readonly string[], i: number): number {
  let n = 0;
  for (let j = 0; j < i; j++) if (labels[j] === labels[i]) n++;
  return n;
}

export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameStrings(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function sameFrame(a: FrameRecord, b: FrameRecord): boolean {
  return a.names === b.names && a.locals === b.locals && a.stack === b.stack && a.stackLabels === b.stackLabels && a.func === b.func;
}

/** An exception's message without running Python code: its single str argument, or the args' atoms. */
export function exceptionMessage(exc: PyObj): string {
  if (exc.kind !== 'instance' || !exc.exc) return '';
  const args = exc.exc.args.items;
  if (args.length === 1 && args[0]!.kind === 'str') return args[0]!.value;
  return args.map((a) => (a.kind === 'str' ? a.value : a.kind === 'int' ? a.value.toString() : `<${a.cls.name}>`)).join(', ');
}
