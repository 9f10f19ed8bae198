// Child expressions of a node in CPython's symtable visiting order, for passes over the tree.

import type { Expr, Keyword, Parameters } from '../ast';

/** Direct sub-expressions of `e` (comprehension and lambda parts included, in source order). */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case 'Constant': case 'Name':
      return [];
    case 'JoinedStr':
      return [...e.values];
    case 'FormattedValue':
      return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case 'List': case 'Tuple': case 'Set':
      return [...e.elts];
    case 'Dict':
      return e.keys.flatMap((k, i) => (k ? [k, e.values[i]!] : [e.values[i]!]));
    case 'Starred': case 'Attribute':
      return [e.value];
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return [...e.values];
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'Call':
      return [e.func, ...e.args, ...keywordValues(e.keywords)];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'Lambda':
      return [...parameterDefaults(e.params), e.body];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'ListComp': case 'SetComp': case 'GeneratorExp':
      return [e.elt, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case 'DictComp':
      return [e.key, e.value, ...e.generators.flatMap((g) => [g.target, g.iter, ...g.ifs])];
    case 'Yield':
      return e.value ? [e.value] : [];
    case 'YieldFrom':
      return [e.value];
    case 'NamedExpr':
      return [e.target, e.value];
    default: {
      const never: never = e;
      return never;
    }
  }
}

export function keywordValues(keywords: readonly Keyword[]): Expr[] {
  return keywords.map((k) => k.value);
}

/** Default values in the order CPython evaluates them: positional, then keyword-only. */
export function parameterDefaults(params: Parameters): Expr[] {
  const defaults: Expr[] = [];
  for (const p of [...params.args, ...params.kwonly]) if (p.default) defaults.push(p.default);
  return defaults;
}
