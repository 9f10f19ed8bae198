// String atoms: adjacent literals concatenated into one Constant, or into one JoinedStr when any
// of them is an f-string. As in CPython 3.11, every piece of a JoinedStr (and the JoinedStr of a
// format spec) carries the span of the whole concatenation; only the expressions inside the
// braces carry their own true positions.

import type { Constant, Expr, FormattedValue, JoinedStr, Span } from '../ast';
import { syntaxError } from './errors';
import { checkAsciiSource, decodeEscapes, toBytes } from './escapes';
import { scanFString, type FStringPart } from './fstring-scanner';
import type { Token } from './tokens';

/** Parses an f-string expression given as a slice of the source (start offset, line, col). */
export type EmbeddedExprParser = (start: number, end: number, line: number, col: number) => Expr;

interface Literal {
  readonly token: Token;
  readonly isBytes: boolean;
  readonly isRaw: boolean;
  readonly isF: boolean;
  /** offsets of the text between the quotes */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

function describe(token: Token): Literal {
  const quoteAt = token.text.search(/['"]/);
  const prefix = token.text.slice(0, quoteAt).toLowerCase();
  const q = token.text[quoteAt]!;
  const quoteLength = token.text.startsWith(q.repeat(3), quoteAt) && token.text.length >= quoteAt + 6 ? 3 : 1;
  const offset = token.offset!;
  return {
    token,
    isBytes: prefix.includes('b'),
    isRaw: prefix.includes('r'),
    isF: prefix.includes('f'),
    bodyStart: offset + quoteAt + quoteLength,
    bodyEnd: offset + token.text.length - quoteLength,
  };
}

export function buildStringAtom(tokens: readonly Token[], source: string, parseEmbedded: EmbeddedExprParser): Constant | JoinedStr {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const span: Span = { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
  const literals = tokens.map(describe);
  const anyBytes = literals.some((l) => l.isBytes);
  if (anyBytes && !literals.every((l) => l.isBytes)) {
    throw syntaxError('cannot mix bytes and nonbytes literals', first.line, first.col);
  }
  if (anyBytes) {
    let text = '';
    for (const l of literals) {
      const body = source.slice(l.bodyStart, l.bodyEnd);
      checkAsciiSource(body, l.token.line, l.token.col);
      text += l.isRaw ? body : decodeEscapes(body, { isBytes: true, line: l.token.line, col: l.token.col });
    }
    return { kind: 'Constant', value: { type: 'bytes', value: toBytes(text, first.line, first.col) }, ...span };
  }
  if (!literals.some((l) => l.isF)) {
    const text = literals.map((l) => plainText(source, l)).join('');
    return { kind: 'Constant', value: { type: 'str', value: text }, ...span };
  }
  return joined(literals, source, span, parseEmbedded);
}

function plainText(source: string, l: Literal): string {
  const body = source.slice(l.bodyStart, l.bodyEnd);
  return l.isRaw ? body : decodeEscapes(body, { isBytes: false, line: l.token.line, col: l.token.col });
}

function joined(literals: readonly Literal[], source: string, span: Span, parseEmbedded: EmbeddedExprParser): JoinedStr {
  const values: (Constant | FormattedValue)[] = [];
  let pending = '';
  const flush = (): void => {
    if (pending !== '') values.push({ kind: 'Constant', value: { type: 'str', value: pending }, ...span });
    pending = '';
  };
  for (const l of literals) {
    if (!l.isF) { pending += plainText(source, l); continue; }
    const parts = scanFString(source, l.bodyStart, l.bodyEnd, l.token, l.isRaw);
    for (const part of parts) {
      for (const built of buildPart(part, l, source, span, parseEmbedded)) {
        if (typeof built === 'string') pending += built;
        else { flush(); values.push(built); }
      }
    }
  }
  flush();
  return { kind: 'JoinedStr', values, ...span };
}

/** A part becomes literal text and/or a FormattedValue (`{x=}` gives both). */
function buildPart(
  part: FStringPart, l: Literal, source: string, span: Span, parseEmbedded: EmbeddedExprParser,
): (string | FormattedValue)[] {
  if (part.kind === 'literal') {
    return [l.isRaw ? part.text : decodeEscapes(part.text, { isBytes: false, line: l.token.line, col: l.token.col })];
  }
  const value = parseEmbedded(part.exprStart, part.exprEnd, part.line, part.col);
  let formatSpec: JoinedStr | null = null;
  if (part.spec !== null) {
    const specValues: (Constant | FormattedValue)[] = [];
    let text = '';
    for (const sub of part.spec) {
      for (const built of buildPart(sub, l, source, span, parseEmbedded)) {
        if (typeof built === 'string') { text += built; continue; }
        if (text !== '') specValues.push({ kind: 'Constant', value: { type: 'str', value: text }, ...span });
        text = '';
        specValues.push(built);
      }
    }
    if (text !== '') specValues.push({ kind: 'Constant', value: { type: 'str', value: text }, ...span });
    formatSpec = { kind: 'JoinedStr', values: specValues, ...span };
  }
  const conversion = part.conversion ?? (part.selfDocumenting !== null && formatSpec === null ? 'r' : null);
  const formatted: FormattedValue = { kind: 'FormattedValue', value, conversion, formatSpec, ...span };
  return part.selfDocumenting === null ? [formatted] : [part.selfDocumenting, formatted];
}
