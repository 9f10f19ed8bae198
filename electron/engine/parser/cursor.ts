// The parser's view of the token stream: lookahead, matching, and CPython-style error reporting.
// A generic "invalid syntax" is reported at the furthest token the parser looked at, as the PEG
// parser does, and a tokenizer error anywhere in the file takes precedence over it.

import type { Span } from '../ast';
import type { SourceError } from '../source-error';
import { indentationError, syntaxError } from './errors';
import { KEYWORDS, type Token } from './tokens';

/** Beyond this many nested expressions the parser stops, long before the JS stack would. */
const MAX_NESTING = 400;

export class TokenCursor {
  protected index = 0;
  private furthest = 0;
  private nesting = 0;

  constructor(protected readonly tokens: readonly Token[], protected readonly source: string) {}

  protected peek(ahead = 0): Token {
    const i = Math.min(this.index + ahead, this.tokens.length - 1);
    if (i > this.furthest) this.furthest = i;
    const token = this.tokens[i]!;
    if (token.kind === 'ERROR') throw token.error!;
    return token;
  }

  protected advance(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return token;
  }

  protected previous(): Token {
    return this.tokens[this.index - 1]!;
  }

  /** True if the current token is the operator or keyword `text` (not a string or number). */
  protected check(text: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return (t.kind === 'OP' || t.kind === 'NAME') && t.text === text;
  }

  protected checkKind(kind: Token['kind']): boolean {
    return this.peek().kind === kind;
  }

  protected match(text: string): boolean {
    if (!this.check(text)) return false;
    this.advance();
    return true;
  }

  /** Consumes `text` or fails with a generic syntax error. */
  protected expect(text: string): Token {
    if (!this.check(text)) this.fail();
    return this.advance();
  }

  /** Consumes `text` or fails with `message` at the current token (CPython's forced tokens). */
  protected expectOr(text: string, message: string): Token {
    if (!this.check(text)) {
      const t = this.peek();
      throw syntaxError(message, t.line, t.col);
    }
    return this.advance();
  }

  protected expectName(): Token {
    const t = this.peek();
    if (t.kind !== 'NAME' || isReservedWord(t.text)) this.fail();
    return this.advance();
  }

  /** CPython's fallback error: "invalid syntax" where parsing got furthest. */
  protected fail(): never {
    throw this.genericError();
  }

  protected genericError(): SourceError {
    const last = this.tokens[this.tokens.length - 1]!;
    const t = this.tokens[this.furthest]!;
    // end of input inside brackets wins only when the parser got there, or failed on a later
    // line than the open bracket (CPython's _PyPegen_tokenize_full_source_to_check_for_errors)
    if (last.kind === 'ERROR' && (!last.atEnd || t === last || t.line > last.error!.line)) return last.error!;
    if (t.kind === 'INDENT') return indentationError('unexpected indent', t.line, t.col);
    if (t.kind === 'DEDENT') return indentationError('unexpected unindent', t.line, t.col);
    return syntaxError('invalid syntax', t.line, t.col);
  }

  protected errorAt(message: string, at: Span): SourceError {
    return syntaxError(message, at.line, at.col);
  }

  /** Guards a recursive rule against nesting deep enough to exhaust the JS stack. */
  protected nested<T>(rule: () => T): T {
    if (++this.nesting > MAX_NESTING) {
      const t = this.peek();
      throw syntaxError('too many nested expressions', t.line, t.col);
    }
    try {
      return rule();
    } finally {
      this.nesting--;
    }
  }
}

export function isReservedWord(word: string): boolean {
  return KEYWORDS.has(word);
}

/**
 * A parenthesized expression keeps its own span, but a node built around it starts or ends at
 * the parentheses, as in CPython; this remembers the parenthesized extent of such nodes.
 */
const groupedSpans = new WeakMap<object, Span>();

export function markGrouped(node: object, span: Span): void {
  groupedSpans.set(node, span);
}

export function spanFrom(start: Span, end: Span): Span {
  const s = groupedSpans.get(start) ?? start;
  const e = groupedSpans.get(end) ?? end;
  return { line: s.line, col: s.col, endLine: e.endLine, endCol: e.endCol };
}
