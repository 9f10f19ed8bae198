// Expression rules from the loosest binding to `**`, one method per grammar rule of CPython's
// python.gram (star_expressions ... power). Atoms and trailers live in the subclasses.

import type {
  BinaryOperator, CompareOperator, Expr, Lambda, Parameters, Span, Starred, TupleExpr, Yield, YieldFrom,
} from '../ast';
import { expressionName } from './expr-names';
import { spanFrom, TokenCursor } from './cursor';
import { syntaxError } from './errors';

const COMPARE_OPS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in', 'is', 'not']);

/** Binary operator levels from loosest to tightest (CPython: bitwise_or ... term). */
const BINARY_LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@'],
];

export abstract class OperatorParser extends TokenCursor {
  /** atom with its trailers (calls, subscripts, attributes) */
  protected abstract primary(): Expr;
  /** lambda parameters up to the ':' */
  protected abstract lambdaParameters(): Parameters;

  /** `a, *b, c` as a statement or RHS: a Tuple when there is a comma. */
  protected starExpressions(): Expr {
    const first = this.starExpression();
    if (!this.check(',')) return first;
    const elts: Expr[] = [first];
    let end: Span = first;
    while (this.check(',')) {
      end = this.advance();
      if (!this.startsExpression()) break;
      const e = this.starExpression();
      elts.push(e);
      end = e;
    }
    const tuple: TupleExpr = { kind: 'Tuple', elts, ...spanFrom(first, end) };
    return tuple;
  }

  protected starExpression(): Expr {
    if (this.check('*')) return this.starred(() => this.bitwiseOr());
    return this.expression();
  }

  protected starNamedExpression(): Expr {
    if (this.check('*')) return this.starred(() => this.bitwiseOr());
    return this.namedExpression();
  }

  protected starred(operand: () => Expr): Starred {
    const star = this.advance();
    const value = operand();
    return { kind: 'Starred', value, ...spanFrom(star, value) };
  }

  /** `name := value`, allowed where CPython's named_expression is. */
  protected namedExpression(): Expr {
    const target = this.expression();
    if (!this.check(':=')) return target;
    if (target.kind !== 'Name') {
      throw this.errorAt(`cannot use assignment expressions with ${expressionName(target)}`, target);
    }
    this.advance();
    const value = this.expression();
    return { kind: 'NamedExpr', target, value, ...spanFrom(target, value) };
  }

  protected expression(): Expr {
    return this.nested(() => {
      if (this.check('lambda')) return this.lambda();
      const body = this.disjunction();
      if (!this.check('if')) return body;
      this.advance();
      const test = this.disjunction();
      if (!this.check('else')) {
        throw syntaxError("expected 'else' after 'if' expression", body.line, body.col);
      }
      this.advance();
      const orelse = this.expression();
      return { kind: 'IfExp', test, body, orelse, ...spanFrom(body, orelse) };
    });
  }

  /** The expression after `lambda`'s colon cannot be a named expression, as in CPython. */
  protected lambda(): Lambda {
    const start = this.advance();
    const params = this.lambdaParameters();
    this.expect(':');
    const body = this.expression();
    return { kind: 'Lambda', params, body, ...spanFrom(start, body) };
  }

  protected disjunction(): Expr {
    return this.boolOp('or', () => this.conjunction());
  }

  protected conjunction(): Expr {
    return this.boolOp('and', () => this.inversion());
  }

  private boolOp(op: 'and' | 'or', operand: () => Expr): Expr {
    const first = operand();
    if (!this.check(op)) return first;
    const values: Expr[] = [first];
    while (this.match(op)) values.push(operand());
    return { kind: 'BoolOp', op, values, ...spanFrom(first, values[values.length - 1]!) };
  }

  protected inversion(): Expr {
    if (!this.check('not')) return this.comparison();
    const start = this.advance();
    const operand = this.nested(() => this.inversion());
    return { kind: 'UnaryOp', op: 'not', operand, ...spanFrom(start, operand) };
  }

  protected comparison(): Expr {
    const left = this.bitwiseOr();
    const ops: CompareOperator[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const op = this.compareOperator();
      if (op === null) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (ops.length === 0) return left;
    return { kind: 'Compare', left, ops, comparators, ...spanFrom(left, comparators[comparators.length - 1]!) };
  }

  private compareOperator(): CompareOperator | null {
    const t = this.peek();
    if (!COMPARE_OPS.has(t.text) || (t.kind !== 'OP' && t.kind !== 'NAME')) return null;
    if (t.text === 'not') {
      if (!this.check('in', 1)) return null;
      this.advance();
      this.advance();
      return 'not in';
    }
    this.advance();
    if (t.text === 'is' && this.match('not')) return 'is not';
    return t.text as CompareOperator;
  }

  protected bitwiseOr(): Expr {
    return this.binaryLevel(0);
  }

  private binaryLevel(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.factor();
    const ops = BINARY_LEVELS[level]!;
    let left = this.binaryLevel(level + 1);
    for (;;) {
      const t = this.peek();
      if (t.kind !== 'OP' || !(ops as readonly string[]).includes(t.text)) return left;
      this.advance();
      const right = this.binaryLevel(level + 1);
      left = { kind: 'BinOp', op: t.text as BinaryOperator, left, right, ...spanFrom(left, right) };
    }
  }

  protected factor(): Expr {
    const t = this.peek();
    if (t.kind === 'OP' && (t.text === '-' || t.text === '+' || t.text === '~')) {
      this.advance();
      const operand = this.nested(() => this.factor());
      return { kind: 'UnaryOp', op: t.text, operand, ...spanFrom(t, operand) };
    }
    return this.power();
  }

  /** `**` binds tighter than a unary minus on its left and is right-associative. */
  protected power(): Expr {
    if (this.check('await')) {
      const t = this.peek();
      throw this.unsupportedAt("'await'", t);
    }
    const base = this.primary();
    if (!this.check('**')) return base;
    this.advance();
    const exponent = this.nested(() => this.factor());
    return { kind: 'BinOp', op: '**', left: base, right: exponent, ...spanFrom(base, exponent) };
  }

  protected yieldExpression(): Yield | YieldFrom {
    const start = this.advance();
    if (this.match('from')) {
      const value = this.expression();
      return { kind: 'YieldFrom', value, ...spanFrom(start, value) };
    }
    if (!this.startsExpression() && !this.check('*')) return { kind: 'Yield', value: null, ...spanFrom(start, start) };
    const value = this.starExpressions();
    return { kind: 'Yield', value, ...spanFrom(start, value) };
  }

  /** Can the current token begin an expression? Used to end optional operands. */
  protected startsExpression(): boolean {
    const t = this.peek();
    switch (t.kind) {
      case 'NAME':
        return !NON_EXPRESSION_KEYWORDS.has(t.text);
      case 'NUMBER': case 'STRING':
        return true;
      case 'OP':
        return ['(', '[', '{', '-', '+', '~', '...', '*'].includes(t.text);
      default:
        return false;
    }
  }

  protected abstract unsupportedAt(construct: string, at: Span): Error;
}

const NON_EXPRESSION_KEYWORDS = new Set([
  'and', 'as', 'assert', 'async', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'nonlocal', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
