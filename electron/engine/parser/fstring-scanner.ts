// Splits the body of an f-string into literal text and `{expression!conv:spec}` parts, following
// CPython 3.11's fstring_find_literal / fstring_find_expr (the expression text is parsed later,
// from the very same source slice, so its nodes keep their true positions).

import { syntaxError, unsupported } from './errors';
import type { Token } from './tokens';

export type FStringPart =
  | { readonly kind: 'literal'; readonly text: string }
  | {
    readonly kind: 'expr';
    readonly exprStart: number;
    readonly exprEnd: number;
    readonly line: number;
    readonly col: number;
    readonly conversion: 'r' | 's' | 'a' | null;
    readonly spec: readonly FStringPart[] | null;
    /** `{x=}`: the text `x=` (with its spaces) that precedes the value */
    readonly selfDocumenting: string | null;
  };

/** CPython allows a format spec to contain replacement fields, but no deeper. */
const MAX_SPEC_LEVEL = 2;

class FStringScanner {
  private pos: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly end: number,
    private readonly token: Token,
    private readonly isRaw: boolean,
  ) {
    this.pos = start;
  }

  private error(detail: string): never {
    throw syntaxError(detail, this.token.line, this.token.col);
  }

  /** Literal text and fields until the end (level 0) or the `}` closing a format spec. */
  parts(level: number): FStringPart[] {
    const parts: FStringPart[] = [];
    let text = '';
    while (this.pos < this.end) {
      const c = this.src[this.pos]!;
      const next = this.src[this.pos + 1];
      if (c === '\\' && !this.isRaw) {
        if (next === 'N' && this.src[this.pos + 2] === '{') {
          throw unsupported("'\\N{...}' escapes", this.token.line, this.token.col);
        }
        text += c + (next ?? '');
        this.pos += 2;
        continue;
      }
      if (c === '{' || c === '}') {
        if (level === 0 && next === c && this.pos + 1 < this.end) {
          text += c;
          this.pos += 2;
          continue;
        }
        if (c === '}') {
          if (level === 0) this.error("f-string: single '}' is not allowed");
          break;
        }
        if (text !== '') parts.push({ kind: 'literal', text });
        text = '';
        this.pos++;
        parts.push(this.field(level));
        continue;
      }
      text += c;
      this.pos++;
    }
    if (text !== '') parts.push({ kind: 'literal', text });
    return parts;
  }

  private field(level: number): FStringPart {
    const exprStart = this.pos;
    this.skipExpression();
    const exprEnd = this.pos;
    if (this.pos >= this.end) this.error("f-string: expecting '}'");
    if (this.src.slice(exprStart, exprEnd).trim() === '') this.error('f-string: empty expression not allowed');
    let selfDocumenting: string | null = null;
    if (this.src[this.pos] === '=') {
      this.pos++;
      while (this.pos < this.end && /\s/.test(this.src[this.pos]!)) this.pos++;
      selfDocumenting = this.src.slice(exprStart, this.pos);
      if (this.pos >= this.end) this.error("f-string: expecting '}'");
    }
    let conversion: 'r' | 's' | 'a' | null = null;
    if (this.src[this.pos] === '!') {
      this.pos++;
      if (this.pos >= this.end) this.error("f-string: expecting '}'");
      const c = this.src[this.pos]!;
      this.pos++;
      if (c !== 'r' && c !== 's' && c !== 'a') {
        this.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c;
      if (this.pos >= this.end) this.error("f-string: expecting '}'");
    }
    let spec: FStringPart[] | null = null;
    if (this.src[this.pos] === ':') {
      this.pos++;
      if (level + 1 >= MAX_SPEC_LEVEL) this.error('f-string: expressions nested too deeply');
      spec = this.parts(level + 1);
    }
    if (this.pos >= this.end || this.src[this.pos] !== '}') this.error("f-string: expecting '}'");
    this.pos++;
    const { line, col } = this.positionOf(exprStart);
    return { kind: 'expr', exprStart, exprEnd, line, col, conversion, spec, selfDocumenting };
  }

  /** Advances past the expression text, stopping at a top-level `!`, `:`, `=` or `}`. */
  private skipExpression(): void {
    let depth = 0;
    let quote = '';
    for (; this.pos < this.end; this.pos++) {
      const c = this.src[this.pos]!;
      if (c === '\\') this.error('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (this.src.startsWith(quote, this.pos)) { this.pos += quote.length - 1; quote = ''; }
        continue;
      }
      if (c === '"' || c === "'") {
        quote = this.src.startsWith(c.repeat(3), this.pos) ? c.repeat(3) : c;
        this.pos += quote.length - 1;
      } else if (c === '(' || c === '[' || c === '{') {
        depth++;
      } else if (c === '#') {
        this.error("f-string expression part cannot include '#'");
      } else if (depth > 0 && (c === ')' || c === ']' || c === '}')) {
        depth--;
      } else if (depth === 0 && '!:}=<>'.includes(c)) {
        const next = this.src[this.pos + 1];
        if ((c === '!' || c === '=' || c === '<' || c === '>') && next === '=') { this.pos++; continue; }
        if (c === '<' || c === '>') continue;
        return;
      } else if (depth === 0 && (c === ')' || c === ']')) {
        this.error(`f-string: unmatched '${c}'`);
      }
    }
    if (quote !== '') this.error('f-string: unterminated string');
  }

  private positionOf(offset: number): { line: number; col: number } {
    let line = this.token.line;
    let lineStart = this.token.offset! - this.token.col;
    for (let i = this.token.offset!; i < offset; i++) {
      if (this.src[i] === '\n') { line++; lineStart = i + 1; }
    }
    return { line, col: offset - lineStart };
  }
}

export function scanFString(src: string, start: number, end: number, token: Token, isRaw: boolean): FStringPart[] {
  return new FStringScanner(src, start, end, token, isRaw).parts(0);
}
