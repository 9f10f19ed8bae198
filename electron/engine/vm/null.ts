// The empty stack slot CPython's PUSH_NULL leaves below a callable (no object, no reference).
import type { PyObj } from '../runtime/objects';

export const NULL = Object.freeze({ kind: 'null' }) as unknown as PyObj;

export function isNull(o: PyObj): boolean {
  return o === NULL;
}
