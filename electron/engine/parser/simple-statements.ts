// Simple statements: everything that fits on one logical line, `;`-separated.

import type { Alias, BinaryOperator, Expr, Stmt } from '../ast';
import { spanFrom } from './cursor';
import { syntaxError } from './errors';
import { expressionName } from './expr-names';
import { ParamsParser } from './params';
import { checkTarget, invalidTarget } from './targets';
import type { Token } from './tokens';

const AUGMENTED: ReadonlySet<string> = new Set([
  '+=', '-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '|=', '^=', '&=', '@=',
]);

/** Expression kinds that CPython's bitwise_or rule can produce (used for its "Maybe '=='" hint). */
const BITWISE_OR_KINDS = new Set([
  'Name', 'Attribute', 'Subscript', 'Call', 'Constant', 'BinOp', 'Dict', 'Set', 'ListComp',
  'SetComp', 'DictComp', 'JoinedStr',
]);

export abstract class SimpleStatementParser extends ParamsParser {
  /** `stmt; stmt; ... NEWLINE` */
  protected simpleStatements(): Stmt[] {
    const body: Stmt[] = [this.simpleStatement()];
    while (this.match(';')) {
      if (this.checkKind('NEWLINE')) break;
      body.push(this.simpleStatement());
    }
    if (!this.checkKind('NEWLINE')) this.fail();
    this.advance();
    return body;
  }

  private simpleStatement(): Stmt {
    const t = this.peek();
    if (t.kind === 'NAME') {
      switch (t.text) {
        case 'pass': this.advance(); return { kind: 'Pass', ...spanFrom(t, t) };
        case 'break': this.advance(); return { kind: 'Break', ...spanFrom(t, t) };
        case 'continue': this.advance(); return { kind: 'Continue', ...spanFrom(t, t) };
        case 'return': return this.returnStatement(t);
        case 'raise': return this.raiseStatement(t);
        case 'global': case 'nonlocal': return this.nameDeclaration(t);
        case 'del': return this.deleteStatement(t);
        case 'assert': return this.assertStatement(t);
        case 'import': return this.importStatement(t);
        case 'from': return this.fromImport(t);
        case 'print': case 'exec': this.checkLegacyPrint(t); break;
        default: break;
      }
    }
    return this.expressionStatement(t);
  }

  private checkLegacyPrint(t: Token): void {
    const next = this.peek(1);
    if (next.kind === 'NAME' || next.kind === 'NUMBER' || next.kind === 'STRING') {
      if (next.kind === 'NAME' && ['if', 'in', 'is', 'and', 'or', 'not', 'for'].includes(next.text)) return;
      throw syntaxError(`Missing parentheses in call to '${t.text}'. Did you mean ${t.text}(...)?`, t.line, t.col);
    }
  }

  private rightHandSide(): Expr {
    return this.check('yield') ? this.yieldExpression() : this.starExpressions();
  }

  private expressionStatement(start: Token): Stmt {
    const first = this.rightHandSide();
    if (this.check('=')) return this.assignment(first);
    const op = this.peek();
    if (op.kind === 'OP' && AUGMENTED.has(op.text)) {
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        throw syntaxError(`'${expressionName(first)}' is an illegal expression for augmented assignment`, first.line, first.col);
      }
      this.advance();
      const value = this.rightHandSide();
      const operator = op.text.slice(0, -1) as BinaryOperator;
      return { kind: 'AugAssign', target: first, op: operator, value, ...spanFrom(first, value) };
    }
    if (op.kind === 'OP' && op.text === ':') throw this.unsupportedAt('type annotations', op);
    if (op.kind === 'OP' && op.text === ':=' && first.kind !== 'Name') {
      throw syntaxError(`cannot use assignment expressions with ${expressionName(first)}`, first.line, first.col);
    }
    if (!this.checkKind('NEWLINE') && !this.check(';') && start.kind === 'NAME' && start.text === 'match') {
      throw this.unsupportedAt("'match'", start);
    }
    return { kind: 'Expr', value: first, ...spanFrom(first, first) };
  }

  private assignment(first: Expr): Stmt {
    const exprs: Expr[] = [first];
    while (this.match('=')) exprs.push(this.rightHandSide());
    if (this.check(':')) throw this.unsupportedAt('type annotations', this.peek());
    const value = exprs.pop()!;
    exprs.forEach((target, i) => {
      const bad = invalidTarget(target, 'assign');
      if (bad && i === 0 && exprs.length === 1 && this.suggestsComparison(target, bad, value)) {
        throw syntaxError(
          `cannot assign to ${expressionName(bad)} here. Maybe you meant '==' instead of '='?`, bad.line, bad.col);
      }
      if ((target.kind === 'Yield' || target.kind === 'YieldFrom') && bad === target) {
        throw syntaxError('assignment to yield expression not possible', target.line, target.col);
      }
      checkTarget(target, 'assign');
    });
    return { kind: 'Assign', targets: exprs, value, ...spanFrom(first, value) };
  }

  /** Mirrors CPython's invalid_named_expression: `bitwise_or = bitwise_or` reads as a typo for `==`. */
  private suggestsComparison(target: Expr, bad: Expr, value: Expr): boolean {
    const bareTuple = target.kind === 'Tuple' && target.elts.length > 0
      && target.elts[0]!.line === target.line && target.elts[0]!.col === target.col;
    const adjacent = bareTuple ? target.elts[target.elts.length - 1] : target;
    if (adjacent !== bad) return false;
    if (!BITWISE_OR_KINDS.has(bad.kind) && !(bad.kind === 'UnaryOp' && bad.op !== 'not')) return false;
    if (bad.kind === 'Constant' && (bad.value.type === 'bool' || bad.value.type === 'none')) return false;
    let leftmost = value;
    for (;;) {
      if (leftmost.kind === 'Tuple' && leftmost.elts.length > 0 && leftmost.line === leftmost.elts[0]!.line
        && leftmost.col === leftmost.elts[0]!.col) leftmost = leftmost.elts[0]!;
      else if (leftmost.kind === 'BoolOp') leftmost = leftmost.values[0]!;
      else if (leftmost.kind === 'Compare') leftmost = leftmost.left;
      else if (leftmost.kind === 'IfExp') leftmost = leftmost.body;
      else break;
    }
    return BITWISE_OR_KINDS.has(leftmost.kind) || leftmost.kind === 'List' || leftmost.kind === 'Tuple'
      || leftmost.kind === 'GeneratorExp' || (leftmost.kind === 'UnaryOp' && leftmost.op !== 'not');
  }

  private returnStatement(t: Token): Stmt {
    this.advance();
    if (!this.startsExpression()) return { kind: 'Return', value: null, ...spanFrom(t, t) };
    const value = this.starExpressions();
    return { kind: 'Return', value, ...spanFrom(t, value) };
  }

  private raiseStatement(t: Token): Stmt {
    this.advance();
    if (!this.startsExpression()) return { kind: 'Raise', exc: null, cause: null, ...spanFrom(t, t) };
    const exc = this.expression();
    const cause = this.match('from') ? this.expression() : null;
    return { kind: 'Raise', exc, cause, ...spanFrom(t, cause ?? exc) };
  }

  private nameDeclaration(t: Token): Stmt {
    this.advance();
    const names = [this.expectName()];
    while (this.match(',')) names.push(this.expectName());
    const span = spanFrom(t, names[names.length - 1]!);
    const ids = names.map((n) => n.text);
    return t.text === 'global' ? { kind: 'Global', names: ids, ...span } : { kind: 'Nonlocal', names: ids, ...span };
  }

  private deleteStatement(t: Token): Stmt {
    this.advance();
    const targets: Expr[] = [];
    do {
      if (this.checkKind('NEWLINE') || this.check(';')) break;
      const target = this.check('*') ? this.starred(() => this.bitwiseOr()) : this.bitwiseOr();
      checkTarget(target, 'delete');
      targets.push(target);
    } while (this.match(','));
    if (targets.length === 0) this.fail();
    return { kind: 'Delete', targets, ...spanFrom(t, this.previous()) };
  }

  private assertStatement(t: Token): Stmt {
    this.advance();
    const test = this.expression();
    const msg = this.match(',') ? this.expression() : null;
    return { kind: 'Assert', test, msg, ...spanFrom(t, msg ?? test) };
  }

  private importStatement(t: Token): Stmt {
    this.advance();
    const names: Alias[] = [this.alias(true)];
    while (this.match(',')) names.push(this.alias(true));
    return { kind: 'Import', names, ...spanFrom(t, names[names.length - 1]!) };
  }

  private alias(dotted: boolean): Alias {
    const first = this.expectName();
    let name = first.text;
    while (dotted && this.match('.')) name += `.${this.expectName().text}`;
    let end: Token = this.previous();
    let asname: string | null = null;
    if (this.match('as')) {
      end = this.expectName();
      asname = end.text;
    }
    return { name, asname, ...spanFrom(first, end) };
  }

  private fromImport(t: Token): Stmt {
    this.advance();
    if (this.check('.') || this.check('...')) throw this.unsupportedAt('relative imports', this.peek());
    const first = this.expectName();
    let module = first.text;
    while (this.match('.')) module += `.${this.expectName().text}`;
    this.expect('import');
    if (this.check('*')) throw this.unsupportedAt("'import *'", this.peek());
    const parenthesized = this.match('(');
    const names: Alias[] = [this.alias(false)];
    while (this.match(',')) {
      if (parenthesized && this.check(')')) break;
      names.push(this.alias(false));
    }
    const end = parenthesized ? this.expect(')') : names[names.length - 1]!;
    return { kind: 'ImportFrom', module, names, ...spanFrom(t, end) };
  }
}
