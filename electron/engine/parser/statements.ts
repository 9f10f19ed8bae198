// Compound statements and blocks, and the concrete Parser that ties the rule files together.

import type { ClassDef, ExceptHandler, Expr, FunctionDef, Module, Span, Stmt } from '../ast';
import { SourceError } from '../source-error';
import { spanFrom } from './cursor';
import { indentationError, syntaxError, unsupported } from './errors';
import { SimpleStatementParser } from './simple-statements';
import { checkTarget } from './targets';
import { tokenizeEmbedded } from './tokenizer';
import type { Token } from './tokens';

export class Parser extends SimpleStatementParser {
  module(): Module {
    const body: Stmt[] = [];
    while (!this.checkKind('ENDMARKER')) body.push(...this.statement());
    return { kind: 'Module', body };
  }

  /** The expression of an f-string replacement field (tokens of one source slice). */
  fStringExpression(): Expr {
    const value = this.check('yield') ? this.yieldExpression() : this.starExpressions();
    if (!this.checkKind('ENDMARKER')) {
      if (this.startsExpression()) throw syntaxError('invalid syntax. Perhaps you forgot a comma?', value.line, value.col);
      this.fail();
    }
    return value;
  }

  /** CPython parses a field as `(expression)` in place of the braces, which a bare tuple shows. */
  private bracedTuple(value: Expr, line: number, col: number): Expr {
    const first = value.kind === 'Tuple' ? value.elts[0] : undefined;
    const bare = first !== undefined && first.line === value.line && first.col === value.col;
    if (!bare) return value;
    const end = this.peek();
    return { ...value, line, col: col - 1, endLine: end.line, endCol: end.col + 1 };
  }

  protected embeddedExpression(start: number, end: number, line: number, col: number): Expr {
    const tokens = tokenizeEmbedded(this.source, { start, end, line, col });
    try {
      const parser = new Parser(tokens, this.source);
      return parser.bracedTuple(parser.fStringExpression(), line, col);
    } catch (err) {
      if (!(err instanceof SourceError) || err.reason !== 'syntax' || err.detail.startsWith('f-string')) throw err;
      throw new SourceError('syntax', err.pythonType, `f-string: ${err.detail}`, err.line, err.col);
    }
  }

  protected unsupportedAt(construct: string, at: Span): SourceError {
    return unsupported(construct, at.line, at.col);
  }

  private statement(): Stmt[] {
    const t = this.peek();
    if (t.kind === 'OP' && t.text === '@') return [this.decorated()];
    if (t.kind !== 'NAME') return this.simpleStatements();
    switch (t.text) {
      case 'if': return [this.ifStatement('if')];
      case 'while': return [this.whileStatement(t)];
      case 'for': return [this.forStatement(t)];
      case 'try': return [this.tryStatement(t)];
      case 'def': return [this.functionDef(t, [])];
      case 'class': return [this.classDef(t, [])];
      case 'with': throw this.unsupportedAt("'with'", t);
      case 'async': throw this.unsupportedAt(`'async ${this.peek(1).text}'`, t);
      default: return this.simpleStatements();
    }
  }

  /** `:` then an indented block, or simple statements on the same line. */
  private block(header: string, headerLine: number): Stmt[] {
    if (!this.checkKind('NEWLINE')) return this.simpleStatements();
    this.advance();
    if (!this.checkKind('INDENT')) {
      const t = this.peek();
      throw indentationError(`expected an indented block after ${header} on line ${headerLine}`, t.line, t.col);
    }
    this.advance();
    const body: Stmt[] = [];
    while (!this.checkKind('DEDENT') && !this.checkKind('ENDMARKER')) body.push(...this.statement());
    this.advance();
    return body;
  }

  /** CPython says "expected ':'" when the header line simply ends without one. */
  private colon(forced: boolean): void {
    if (this.check(':')) { this.advance(); return; }
    if (forced || this.checkKind('NEWLINE')) {
      const t = this.peek();
      throw syntaxError("expected ':'", t.line, t.col);
    }
    this.fail();
  }

  private ifStatement(keyword: 'if' | 'elif'): Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.colon(false);
    const body = this.block(`'${keyword}' statement`, start.line);
    let orelse: Stmt[] = [];
    if (this.check('elif')) orelse = [this.ifStatement('elif')];
    else if (this.check('else')) orelse = this.elseBlock();
    return { kind: 'If', test, body, orelse, ...spanFrom(start, lastOf(orelse) ?? lastOf(body)!) };
  }

  private elseBlock(): Stmt[] {
    const t = this.advance();
    this.colon(true);
    return this.block("'else' statement", t.line);
  }

  private whileStatement(start: Token): Stmt {
    this.advance();
    const test = this.namedExpression();
    this.colon(false);
    const body = this.block("'while' statement", start.line);
    const orelse = this.check('else') ? this.elseBlock() : [];
    return { kind: 'While', test, body, orelse, ...spanFrom(start, lastOf(orelse) ?? lastOf(body)!) };
  }

  private forStatement(start: Token): Stmt {
    this.advance();
    const target = this.targetList();
    checkTarget(target, 'assign');
    this.expect('in');
    const iter = this.starExpressions();
    this.colon(true);
    const body = this.block("'for' statement", start.line);
    const orelse = this.check('else') ? this.elseBlock() : [];
    return { kind: 'For', target, iter, body, orelse, ...spanFrom(start, lastOf(orelse) ?? lastOf(body)!) };
  }

  private tryStatement(start: Token): Stmt {
    this.advance();
    this.colon(true);
    const body = this.block("'try' statement", start.line);
    const handlers: ExceptHandler[] = [];
    while (this.check('except')) handlers.push(this.exceptHandler(handlers));
    const orelse = handlers.length > 0 && this.check('else') ? this.elseBlock() : [];
    let finalbody: Stmt[] = [];
    if (this.check('finally')) {
      const t = this.advance();
      this.colon(true);
      finalbody = this.block("'finally' statement", t.line);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      const t = this.peek();
      throw syntaxError("expected 'except' or 'finally' block", t.line, t.col);
    }
    const end = lastOf(finalbody) ?? lastOf(orelse) ?? handlers[handlers.length - 1]!;
    return { kind: 'Try', body, handlers, orelse, finalbody, ...spanFrom(start, end) };
  }

  private exceptHandler(previous: readonly ExceptHandler[]): ExceptHandler {
    const start = this.advance();
    if (this.check('*')) throw this.unsupportedAt("'except*'", this.peek());
    const last = previous[previous.length - 1];
    if (last && last.type === null) throw syntaxError("default 'except:' must be last", last.line, last.col);
    let type: Expr | null = null;
    let name: string | null = null;
    if (!this.check(':')) {
      type = this.expression();
      if (this.check(',')) throw syntaxError('multiple exception types must be parenthesized', type.line, type.col);
      if (this.match('as')) name = this.expectName().text;
    }
    this.colon(false);
    const body = this.block("'except' statement", start.line);
    return { type, name, body, ...spanFrom(start, lastOf(body)!) };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.match('@')) {
      decorators.push(this.namedExpression());
      if (!this.checkKind('NEWLINE')) this.fail();
      this.advance();
    }
    const t = this.peek();
    if (t.kind === 'NAME' && t.text === 'def') return this.functionDef(t, decorators);
    if (t.kind === 'NAME' && t.text === 'class') return this.classDef(t, decorators);
    if (t.kind === 'NAME' && t.text === 'async') throw this.unsupportedAt("'async def'", t);
    return this.fail();
  }

  private functionDef(start: Token, decorators: Expr[]): FunctionDef {
    this.advance();
    const name = this.expectName().text;
    this.expectOr('(', "expected '('");
    const params = this.parameters(')');
    this.expect(')');
    if (this.check('->')) throw this.unsupportedAt('type annotations', this.peek());
    this.colon(true);
    const body = this.block('function definition', start.line);
    return { kind: 'FunctionDef', name, params, body, decorators, ...spanFrom(start, lastOf(body)!) };
  }

  private classDef(start: Token, decorators: Expr[]): ClassDef {
    this.advance();
    const name = this.expectName().text;
    let bases: readonly Expr[] = [];
    let keywords: ClassDef['keywords'] = [];
    if (this.check('(')) {
      const call = this.callArguments();
      bases = call.args;
      keywords = call.keywords;
    }
    this.colon(false);
    const body = this.block('class definition', start.line);
    return { kind: 'ClassDef', name, bases, keywords, body, decorators, ...spanFrom(start, lastOf(body)!) };
  }
}

function lastOf<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}
