// CPython refuses a program nested deeper than its compiler will recurse: symtable.c counts one
// level per statement and per expression it visits and raises "RecursionError: maximum recursion
// depth exceeded during compilation" past recursion_limit * COMPILER_STACK_FRAME_SCALE
// (1000 * 3 for a script). A long `1 + 1 + ... + 1` chain is that deep (each `+` nests the left
// operand), though the parser builds it in a loop. The same limit here, checked without
// recursion, keeps every later pass (context checks, scopes, the compiler) well inside the
// JavaScript stack. (Helper nodes such as keywords and comprehension clauses count here too, so
// a tree built mostly of those is refused a little earlier than CPython refuses it.)
import type { Module } from '../ast';
import { SourceError } from '../source-error';

/** symtable.c: Py_GetRecursionLimit() * COMPILER_STACK_FRAME_SCALE, from a script's depth 0 */
export const COMPILE_DEPTH_LIMIT = 1000 * 3;

type Node = { readonly kind: string };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';

export function checkDepth(module: Module): void {
  const stack: [Node, number][] = module.body.map((s) => [s, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > COMPILE_DEPTH_LIMIT) {
      throw new SourceError('syntax', 'RecursionError', 'maximum recursion depth exceeded during compilation', 0, 0);
    }
    const fields = node as unknown as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value !== 'object' || value === null) continue; // positions, names, flags
      if (isNode(value)) stack.push([value, depth + 1]);
      else if (Array.isArray(value)) for (const item of value) if (isNode(item)) stack.push([item, depth + 1]);
    }
  }
}
