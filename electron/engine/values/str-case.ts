// Case mapping and the str.is*() predicates. JS gives full Unicode case mappings and property
// escapes; CPython's title case, case folding and final-sigma rule are added on top.
// JS's Unicode data is newer than CPython 3.11's (14.0): unicode-overrides.ts, generated from
// python3, corrects the per-character primitives where the two disagree.
import { isPySpace } from './char-classes';
import { isPrintableChar } from './str-repr';
import {
  DIGIT_NOT_DECIMAL,
  FOLD_OVERRIDES,
  LOWERCASE_FLIPS,
  TITLE_OVERRIDES,
  UPPER_OVERRIDES,
  UPPERCASE_FLIPS,
} from './unicode-overrides';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const UPPERCASE = /\p{Uppercase}/u;
const LOWERCASE = /\p{Lowercase}/u;
const TITLECASE = /\p{Lt}/u;
const ALPHA = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;
const NUMERIC = /^\p{N}$/u;
const ID_START = /^[_\p{XID_Start}]$/u;
const ID_CONTINUE = /^\p{XID_Continue}$/u;

/** title case where it differs from upper case (digraphs, ligatures, Greek with iota) */
const TITLE_SPECIAL: Record<string, string> = {
  '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5',
  '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
  '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb',
  '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
  '\u00df': 'Ss', '\ufb00': 'Ff', '\ufb01': 'Fi', '\ufb02': 'Fl', '\ufb03': 'Ffi', '\ufb04': 'Ffl',
  '\ufb05': 'St', '\ufb06': 'St', '\u0587': '\u0535\u0582', '\ufb13': '\u0544\u0576',
  '\ufb14': '\u0544\u0565', '\ufb15': '\u0544\u056b', '\ufb16': '\u054e\u0576', '\ufb17': '\u0544\u056d',
};

function titleCharRaw(char: string): string {
  const special = TITLE_SPECIAL[char];
  if (special !== undefined) return special;
  // Greek letters with ypogegrammeni title-case to the prosgegrammeni form, one character
  const upper = char.toUpperCase();
  if (upper.length > 1 && upper.endsWith('\u0399') && char.normalize('NFD').includes('\u0345')) {
    const base = upper.slice(0, -1).normalize('NFD') + '\u0345';
    const titled = base.normalize('NFC');
    if (titled.length === 1 || (titled.length === 2 && titled.codePointAt(0)! > 0xffff)) return titled;
  }
  return upper;
}

/** CPython's handle_capital_sigma: Σ lowers to ς at the end of a word */
function lowerSigma(points: readonly string[], index: number): string {
  let before = index - 1;
  while (before >= 0 && CASE_IGNORABLE.test(points[before]!)) before--;
  const precededByCased = before >= 0 && CASED.test(points[before]!);
  let after = index + 1;
  while (after < points.length && CASE_IGNORABLE.test(points[after]!)) after++;
  const followedByCased = after < points.length && CASED.test(points[after]!);
  return precededByCased && !followedByCased ? '\u03c2' : '\u03c3';
}

function upperChar(char: string): string {
  return UPPER_OVERRIDES.get(char.codePointAt(0)!) ?? char.toUpperCase();
}

function titleChar(char: string): string {
  return TITLE_OVERRIDES.get(char.codePointAt(0)!) ?? titleCharRaw(char);
}

function foldChar(char: string): string {
  return FOLD_OVERRIDES.get(char.codePointAt(0)!) ?? foldCharRaw(char);
}

function isUppercase(char: string): boolean {
  return UPPERCASE.test(char) !== UPPERCASE_FLIPS.has(char.codePointAt(0)!);
}

function isLowercase(char: string): boolean {
  return LOWERCASE.test(char) !== LOWERCASE_FLIPS.has(char.codePointAt(0)!);
}

/** the JS-only primitives, for unicode-overrides.gen.ts */
export const rawPrimitives = {
  upper: (char: string) => char.toUpperCase(),
  title: titleCharRaw,
  fold: foldCharRaw,
  isUppercase: (char: string) => UPPERCASE.test(char),
  isLowercase: (char: string) => LOWERCASE.test(char),
};

function lowerAt(points: readonly string[], index: number): string {
  const char = points[index]!;
  return char === '\u03a3' ? lowerSigma(points, index) : char.toLowerCase();
}

export function strUpper(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  let out = '';
  for (const char of s) out += upperChar(char);
  return out;
}

export function strLower(s: string): string {
  return s.toLowerCase();
}

/** Cherokee lower-case letters fold to upper case, unlike every other script */
function foldCharRaw(char: string): string {
  const code = char.codePointAt(0)!;
  if ((code >= 0xab70 && code <= 0xabbf) || (code >= 0x13f8 && code <= 0x13fd)) return char.toUpperCase();
  if (code >= 0x13a0 && code <= 0x13f5) return char;
  if (code === 0x131) return char; // dotless i has no folding
  return char.toUpperCase().toLowerCase();
}

export function strCasefold(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let out = '';
  for (const char of s) out += foldChar(char);
  return out;
}

export function strCapitalize(s: string): string {
  const points = Array.from(s);
  if (points.length === 0) return s;
  let out = titleChar(points[0]!);
  for (let i = 1; i < points.length; i++) out += lowerAt(points, i);
  return out;
}

export function strTitle(s: string): string {
  const points = Array.from(s);
  let out = '';
  let previousCased = false;
  for (let i = 0; i < points.length; i++) {
    const char = points[i]!;
    out += previousCased ? lowerAt(points, i) : titleChar(char);
    previousCased = CASED.test(char);
  }
  return out;
}

export function strSwapcase(s: string): string {
  const points = Array.from(s);
  let out = '';
  for (let i = 0; i < points.length; i++) {
    const char = points[i]!;
    if (isUppercase(char)) out += lowerAt(points, i);
    else if (isLowercase(char)) out += upperChar(char);
    else out += char;
  }
  return out;
}

function allChars(s: string, test: (char: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const char of s) if (!test(char)) return false;
  return true;
}

const isDecimalChar = (char: string) => DECIMAL.test(char);
const isDigitChar = (char: string) => DECIMAL.test(char) || DIGIT_NOT_DECIMAL.has(char.codePointAt(0)!);
const isNumericChar = (char: string) => NUMERIC.test(char) || CJK_NUMERIC.has(char);

/** the 81 letters (Lo) with a numeric value, so outside \p{N}: listed by
 * `[c for c in map(chr, range(0x110000)) if c.isnumeric() and unicodedata.category(c)[0] != 'N']` */
const CJK_NUMERIC = new Set(Array.from(
  '\u{3405}\u{3483}\u{382a}\u{3b4d}\u{4e00}\u{4e03}\u{4e07}\u{4e09}\u{4e5d}\u{4e8c}\u{4e94}\u{4e96}\u{4ebf}\u{4ec0}\u{4edf}\u{4ee8}\u{4f0d}\u{4f70}\u{5104}\u{5146}\u{5169}\u{516b}\u{516d}\u{5341}\u{5343}\u{5344}\u{5345}\u{534c}\u{53c1}\u{53c2}\u{53c3}\u{53c4}\u{56db}\u{58f1}\u{58f9}\u{5e7a}\u{5efe}\u{5eff}\u{5f0c}\u{5f0d}\u{5f0e}\u{5f10}\u{62fe}\u{634c}\u{67d2}\u{6f06}\u{7396}\u{767e}\u{8086}\u{842c}\u{8cae}\u{8cb3}\u{8d30}\u{9621}\u{9646}\u{964c}\u{9678}\u{96f6}\u{f96b}\u{f973}\u{f978}\u{f9b2}\u{f9d1}\u{f9d3}\u{f9fd}\u{20001}\u{20064}\u{200e2}\u{20121}\u{2092a}\u{20983}\u{2098c}\u{2099c}\u{20aea}\u{20afd}\u{20b19}\u{22390}\u{22998}\u{23b1b}\u{2626d}\u{2f890}',
));

export function strIsdecimal(s: string): boolean {
  return allChars(s, isDecimalChar);
}
export function strIsdigit(s: string): boolean {
  return allChars(s, isDigitChar);
}
export function strIsnumeric(s: string): boolean {
  return allChars(s, isNumericChar);
}
export function strIsalpha(s: string): boolean {
  return allChars(s, (char) => ALPHA.test(char));
}
export function strIsalnum(s: string): boolean {
  return allChars(s, (char) => ALPHA.test(char) || isNumericChar(char));
}
export function strIsspace(s: string): boolean {
  return allChars(s, (char) => isPySpace(char.codePointAt(0)!));
}
export function strIsascii(s: string): boolean {
  return ASCII_ONLY.test(s);
}
export function strIsprintable(s: string): boolean {
  for (const char of s) if (!isPrintableChar(char)) return false;
  return true;
}

export function strIsidentifier(s: string): boolean {
  const points = Array.from(s);
  if (points.length === 0 || !ID_START.test(points[0]!)) return false;
  return points.every((char, i) => i === 0 || ID_CONTINUE.test(char));
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const char of s) {
    if (isLowercase(char) || TITLECASE.test(char)) return false;
    if (isUppercase(char)) cased = true;
  }
  return cased;
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (const char of s) {
    if (isUppercase(char) || TITLECASE.test(char)) return false;
    if (isLowercase(char)) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const char of s) {
    if (isUppercase(char) || TITLECASE.test(char)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLowercase(char)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}
