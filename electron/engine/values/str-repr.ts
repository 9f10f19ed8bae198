// repr(str) and ascii(str) exactly as CPython's unicode_repr: quote choice, escapes, and
// printability by Unicode general category (str.isprintable()).

/** the characters str.isprintable() rejects: categories C* and Z* except the ASCII space */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NON_PRINTABLE_ANYWHERE = /(?! )[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** anything that is not plain printable ASCII, or a quote or backslash */
const NEEDS_ATTENTION = /[^\x20-\x7e]|['"\\]/;

export function isPrintableChar(char: string): boolean {
  return char === ' ' || !NON_PRINTABLE.test(char);
}

export function strIsPrintable(s: string): boolean {
  return !NON_PRINTABLE_ANYWHERE.test(s);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function escapeNonAscii(code: number): string {
  if (code <= 0xff) return '\\x' + hex(code, 2);
  if (code <= 0xffff) return '\\u' + hex(code, 4);
  return '\\U' + hex(code, 8);
}

function chooseQuote(s: string): string {
  return s.includes("'") && !s.includes('"') ? '"' : "'";
}

export function strRepr(s: string): string {
  return quoteEscaped(s, false);
}

/** ascii(s): like repr but every non-ASCII character escaped */
export function strAscii(s: string): string {
  return quoteEscaped(s, true);
}

function quoteEscaped(s: string, asciiOnly: boolean): string {
  const quote = chooseQuote(s);
  if (!NEEDS_ATTENTION.test(s)) return quote + s + quote;
  let out = quote;
  for (const char of s) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') out += '\\' + char;
    else if (char === '\t') out += '\\t';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + hex(code, 2);
    else if (code < 0x7f) out += char;
    else if (!asciiOnly && isPrintableChar(char)) out += char;
    else out += escapeNonAscii(code);
  }
  return out + quote;
}
