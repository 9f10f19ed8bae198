// Backslash escapes in string and bytes literals, decoded as CPython's unicode_escape and
// bytes decoders do (unknown escapes stay as written, as CPython keeps them with a warning).

import { syntaxError, unsupported } from './errors';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

export interface EscapeContext {
  readonly isBytes: boolean;
  /** where to report an error: the literal's token start */
  readonly line: number;
  readonly col: number;
}

/** Decodes `body` (the text between the quotes, no raw prefix) into the string's characters. */
export function decodeEscapes(body: string, ctx: EscapeContext): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c !== '\\') { out += c; i++; continue; }
    const e = body[i + 1] ?? '';
    if (e === '\n') { i += 2; continue; }
    if (e === '\r') { i += body[i + 2] === '\n' ? 3 : 2; continue; }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (/[0-7]/.test(e)) {
      let j = i + 1;
      while (j < i + 4 && /[0-7]/.test(body[j] ?? '')) j++;
      const code = parseInt(body.slice(i + 1, j), 8);
      out += String.fromCharCode(ctx.isBytes ? code & 0xff : code);
      i = j;
      continue;
    }
    const hexLength = e === 'x' ? 2 : ctx.isBytes ? 0 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLength > 0) {
      out += hexEscape(body, i, hexLength, ctx);
      i += 2 + hexLength;
      continue;
    }
    if (e === 'N' && !ctx.isBytes) throw unsupported("'\\N{...}' escapes", ctx.line, ctx.col);
    out += '\\';
    i++;
  }
  return out;
}

function hexEscape(body: string, at: number, length: number, ctx: EscapeContext): string {
  const digits = body.slice(at + 2, at + 2 + length);
  const valid = /^[0-9a-fA-F]*/.exec(digits)![0].length;
  const kind = body[at + 1]!;
  if (valid < length) {
    if (ctx.isBytes) {
      throw syntaxError(`(value error) invalid \\x escape at position ${at}`, ctx.line, ctx.col);
    }
    const name = kind === 'x' ? '\\xXX' : kind === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
    throw syntaxError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${at + 1 + valid}: truncated ${name} escape`,
      ctx.line, ctx.col);
  }
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) {
    throw syntaxError(
      `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${at + 1 + length}: illegal Unicode character`,
      ctx.line, ctx.col);
  }
  return String.fromCodePoint(code);
}

/** Bytes literals hold ASCII only; returns the byte values of the decoded text. */
export function toBytes(text: string, line: number, col: number): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw syntaxError('bytes can only contain ASCII literal characters', line, col);
    bytes[i] = code;
  }
  return bytes;
}

/** Checks the raw text of a bytes literal before decoding: non-ASCII characters are errors. */
export function checkAsciiSource(body: string, line: number, col: number): void {
  if (/[^\x00-\x7f]/.test(body)) throw syntaxError('bytes can only contain ASCII literal characters', line, col);
}
