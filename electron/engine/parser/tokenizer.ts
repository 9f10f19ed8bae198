// The tokenizer: source text -> tokens, with INDENT/DEDENT from leading whitespace and implicit
// line joining inside brackets, as CPython's tokenizer.c. A tokenizer error does not throw here:
// it becomes a final ERROR token, because CPython's tokenizer runs lazily and the parser may
// report an earlier syntax error first.

import { SourceError } from '../source-error';
import { indentationError, syntaxError } from './errors';
import { scanNumber } from './numbers';
import { KEYWORDS, OPERATORS, type Token, type TokenKind } from './tokens';

/** CPython's MAXLEVEL: deeper bracket nesting is "too many nested parentheses". */
const MAX_BRACKET_DEPTH = 200;
const TAB_SIZE = 8;
/** CPython's MAXINDENT */
const MAX_INDENT_LEVELS = 100;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

const IDENT_START = /[\p{L}\p{Nl}_]/u;
const IDENT_CONTINUE = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]/u;

export function isIdentStart(ch: string): boolean {
  return ch !== '' && (ch.charCodeAt(0) < 128 ? /[A-Za-z_]/.test(ch) : IDENT_START.test(ch));
}
export function isIdentContinue(ch: string): boolean {
  return ch !== '' && (ch.charCodeAt(0) < 128 ? /[A-Za-z0-9_]/.test(ch) : IDENT_CONTINUE.test(ch));
}

export interface TokenizeRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly col: number;
}

interface OpenBracket { readonly char: string; readonly line: number; readonly col: number }

class Tokenizer {
  private pos: number;
  private line: number;
  private lineStart: number;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];
  private atLineStart: boolean;

  constructor(
    private readonly src: string,
    private readonly end: number,
    start: number,
    line: number,
    col: number,
    /** an f-string expression: behaves as if inside brackets, ends without NEWLINE */
    private readonly embedded: boolean,
  ) {
    this.pos = start;
    this.line = line;
    this.lineStart = start - col;
    this.atLineStart = !embedded;
  }

  run(): Token[] {
    try {
      while (this.step()) { /* one token or skipped run of trivia per step */ }
    } catch (err) {
      if (!(err instanceof SourceError)) throw err;
      const { line, col } = err;
      this.tokens.push({ kind: 'ERROR', text: '', line, col, endLine: line, endCol: col, error: err });
    }
    return this.tokens;
  }

  private col(at = this.pos): number { return at - this.lineStart; }
  private ch(offset = 0): string { const i = this.pos + offset; return i < this.end ? this.src[i]! : ''; }

  private push(kind: TokenKind, start: number, extra: Partial<Token> = {}): void {
    const startLine = extra.line ?? this.line;
    const startCol = extra.col ?? this.col(start);
    this.tokens.push({
      kind, text: this.src.slice(start, this.pos), line: startLine, col: startCol,
      endLine: this.line, endCol: this.col(), ...extra,
    });
  }

  private newLine(): void { this.line++; this.lineStart = this.pos; }

  /** Returns false once ENDMARKER has been produced. */
  private step(): boolean {
    if (this.atLineStart) {
      this.atLineStart = false;
      if (this.indentation()) return true;
    }
    const c = this.ch();
    if (c === '') return this.endOfInput();
    if (c === ' ' || c === '\t' || c === '\f') { this.pos++; return true; }
    if (c === '#') { while (this.ch() !== '' && this.ch() !== '\n' && this.ch() !== '\r') this.pos++; return true; }
    if (c === '\\') return this.continuation();
    if (c === '\n' || c === '\r') return this.lineEnd();
    if (isIdentStart(c)) return this.nameOrString();
    if (c === '"' || c === "'") { this.string(this.pos, this.pos); return true; }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(this.ch(1)))) return this.number();
    return this.operator();
  }

  private lineEnd(): boolean {
    const start = this.pos;
    this.pos += this.ch() === '\r' && this.ch(1) === '\n' ? 2 : 1;
    if (this.brackets.length === 0 && !this.embedded) {
      this.tokens.push({ kind: 'NEWLINE', text: '\n', line: this.line, col: this.col(start), endLine: this.line, endCol: this.col(start) + 1 });
      this.atLineStart = true;
    }
    this.newLine();
    return true;
  }

  private continuation(): boolean {
    const next = this.ch(1);
    if (next === '\n' || next === '\r') {
      this.pos += next === '\r' && this.ch(2) === '\n' ? 3 : 2;
      this.newLine();
      if (this.ch() === '') throw syntaxError('unexpected EOF while parsing', this.line, 0);
      return true;
    }
    if (next === '') throw syntaxError('unexpected EOF while parsing', this.line, this.col() + 1);
    throw syntaxError('unexpected character after line continuation character', this.line, this.col() + 1);
  }

  /** Measures a line's indentation; returns true if the line was blank (and was consumed). */
  private indentation(): boolean {
    let width = 0;
    let altWidth = 0;
    for (;;) {
      const c = this.ch();
      if (c === ' ') { width++; altWidth++; } else if (c === '\t') {
        width = (Math.floor(width / TAB_SIZE) + 1) * TAB_SIZE; altWidth++;
      } else if (c === '\f') { width = altWidth = 0; } else break;
      this.pos++;
    }
    const c = this.ch();
    if (c === '#' || c === '\n' || c === '\r' || c === '') {
      // blank or comment-only lines produce no NEWLINE and no indentation change
      while (this.ch() !== '' && this.ch() !== '\n' && this.ch() !== '\r') this.pos++;
      if (this.ch() === '') return false;
      this.pos += this.ch() === '\r' && this.ch(1) === '\n' ? 2 : 1;
      this.newLine();
      this.atLineStart = true;
      return true;
    }
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    if (width > top) {
      if (altWidth <= altTop) throw this.tabError();
      if (this.indents.length >= MAX_INDENT_LEVELS) {
        throw indentationError('too many levels of indentation', this.line, this.col());
      }
      this.indents.push(width);
      this.altIndents.push(altWidth);
      this.tokens.push({ kind: 'INDENT', text: '', line: this.line, col: 0, endLine: this.line, endCol: this.col() });
    } else if (width < top) {
      while (this.indents.length > 1 && width < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.tokens.push({ kind: 'DEDENT', text: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col() });
      }
      if (width !== this.indents[this.indents.length - 1]) {
        throw indentationError('unindent does not match any outer indentation level', this.line, this.col());
      }
      if (altWidth !== this.altIndents[this.altIndents.length - 1]) throw this.tabError();
    } else if (altWidth !== altTop) {
      throw this.tabError();
    }
    return false;
  }

  // TabError is an IndentationError subclass; SourceError has no separate type for it.
  private tabError(): SourceError {
    return indentationError('inconsistent use of tabs and spaces in indentation', this.line, 0);
  }

  private endOfInput(): boolean {
    if (this.embedded) {
      this.tokens.push({ kind: 'ENDMARKER', text: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col() });
      return false;
    }
    const open = this.brackets[this.brackets.length - 1];
    if (open) {
      const err = syntaxError(`'${open.char}' was never closed`, open.line, open.col);
      this.tokens.push({ kind: 'ERROR', text: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col(), error: err, atEnd: true });
      return false;
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT' && last.kind !== 'INDENT') {
      this.tokens.push({ kind: 'NEWLINE', text: '', line: this.line, col: this.col(), endLine: this.line, endCol: this.col() + 1 });
    }
    // CPython places the end-of-file DEDENTs and ENDMARKER where the last NEWLINE was
    const newline = this.tokens[this.tokens.length - 1];
    const line = newline?.line ?? 1;
    const col = newline?.col ?? 0;
    while (this.indents.length > 1) {
      this.indents.pop();
      this.tokens.push({ kind: 'DEDENT', text: '', line, col, endLine: line, endCol: col });
    }
    this.tokens.push({ kind: 'ENDMARKER', text: '', line, col, endLine: line, endCol: col });
    return false;
  }

  private nameOrString(): boolean {
    const start = this.pos;
    while (isIdentContinue(this.ch())) this.pos++;
    const word = this.src.slice(start, this.pos);
    const q = this.ch();
    if ((q === '"' || q === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
      this.string(start, this.pos);
      return true;
    }
    this.push('NAME', start);
    return true;
  }

  private string(start: number, quoteAt: number): void {
    const startLine = this.line;
    const startCol = this.col(start);
    const q = this.src[quoteAt]!;
    const triple = this.src[quoteAt + 1] === q && this.src[quoteAt + 2] === q;
    this.pos = quoteAt + (triple ? 3 : 1);
    for (;;) {
      const c = this.ch();
      if (c === '') {
        const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        // a final newline does not start a line of its own for CPython's line count
        const lastLine = this.pos > 0 && this.src[this.pos - 1] === '\n' ? this.line - 1 : this.line;
        throw syntaxError(`${what} (detected at line ${lastLine})`, startLine, startCol);
      }
      if (c === '\\') {
        this.pos++;
        const escaped = this.ch();
        if (escaped === '') continue;
        this.pos += escaped === '\r' && this.ch(1) === '\n' ? 2 : 1;
        if (escaped === '\n' || escaped === '\r') this.newLine();
        continue;
      }
      if (c === '\n' || c === '\r') {
        if (!triple) {
          throw syntaxError(`unterminated string literal (detected at line ${this.line})`, startLine, startCol);
        }
        this.pos += c === '\r' && this.ch(1) === '\n' ? 2 : 1;
        this.newLine();
        continue;
      }
      if (c === q && (!triple || (this.ch(1) === q && this.ch(2) === q))) {
        this.pos += triple ? 3 : 1;
        break;
      }
      this.pos++;
    }
    this.push('STRING', start, { line: startLine, col: startCol, offset: start });
  }

  private number(): boolean {
    const start = this.pos;
    const scanned = scanNumber(this.src, start, this.end);
    if ('error' in scanned) throw syntaxError(scanned.error, this.line, this.col(scanned.at));
    this.pos = scanned.end;
    this.push('NUMBER', start, { number: scanned.value });
    return true;
  }

  private operator(): boolean {
    const start = this.pos;
    const op = OPERATORS.find((o) => this.src.startsWith(o, start) && start + o.length <= this.end);
    if (op === undefined) {
      const c = String.fromCodePoint(this.src.codePointAt(start)!);
      if (c.charCodeAt(0) < 128) throw syntaxError('invalid syntax', this.line, this.col());
      const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      throw syntaxError(`invalid character '${c}' (U+${hex})`, this.line, this.col());
    }
    if (op in CLOSER_OF) {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) {
        throw syntaxError('too many nested parentheses', this.line, this.col());
      }
      this.brackets.push({ char: op, line: this.line, col: this.col() });
    } else if (op === ')' || op === ']' || op === '}') {
      this.closeBracket(op);
    }
    this.pos += op.length;
    this.push('OP', start);
    return true;
  }

  private closeBracket(op: string): void {
    const open = this.brackets.pop();
    if (!open) {
      if (this.embedded) return; // the f-string scanner already matched braces
      throw syntaxError(`unmatched '${op}'`, this.line, this.col());
    }
    if (CLOSER_OF[open.char] !== op) {
      const where = open.line === this.line ? '' : ` on line ${open.line}`;
      throw syntaxError(
        `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`, this.line, this.col());
    }
  }
}

/** Tokenizes a whole program. */
export function tokenize(source: string): Token[] {
  return new Tokenizer(source, source.length, 0, 1, 0, false).run();
}

/** Tokenizes an f-string's expression, a slice of the source, keeping its true positions. */
export function tokenizeEmbedded(source: string, range: TokenizeRange): Token[] {
  return new Tokenizer(source, range.end, range.start, range.line, range.col, true).run();
}

export function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}
