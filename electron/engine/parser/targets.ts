// Which expressions may be assigned to or deleted, with CPython's messages for the rest
// (the parser's RAISE_SYNTAX_ERROR_INVALID_TARGET and the compiler's starred checks).

import type { Expr } from '../ast';
import { syntaxError } from './errors';
import { expressionName } from './expr-names';

export type TargetUse = 'assign' | 'delete';

/** The first sub-expression that cannot be a target, or null if `e` is a valid target. */
export function invalidTarget(e: Expr, use: TargetUse): Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, use);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return use === 'delete' ? e : invalidTarget(e.value, use);
    default:
      return e;
  }
}

export function checkTarget(e: Expr, use: TargetUse): void {
  const bad = invalidTarget(e, use);
  if (bad) {
    const verb = use === 'assign' ? 'assign to' : 'delete';
    throw syntaxError(`cannot ${verb} ${expressionName(bad)}`, bad.line, bad.col);
  }
  if (use === 'assign') checkStarredTargets(e, true);
}

/** The compiler's rules: one starred target per sequence, and only inside a sequence. */
function checkStarredTargets(e: Expr, topLevel: boolean): void {
  if (e.kind === 'Starred') {
    if (topLevel) throw syntaxError('starred assignment target must be in a list or tuple', e.line, e.col);
    checkStarredTargets(e.value, false);
    return;
  }
  if (e.kind !== 'Tuple' && e.kind !== 'List') return;
  let starred = 0;
  for (const elt of e.elts) {
    if (elt.kind === 'Starred' && ++starred > 1) {
      throw syntaxError('multiple starred expressions in assignment', e.line, e.col);
    }
    checkStarredTargets(elt, false);
  }
}
