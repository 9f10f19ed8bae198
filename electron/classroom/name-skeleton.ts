// When two names are the same name: a student who types "Ada " or "Аda" (Cyrillic А) or
// "Ada\u200b" must not become a second student, nor hide behind one. The skeleton follows the
// idea of Unicode TR #39's confusable skeleton, in small: NFKC (compatibility forms and NFD
// accents fold together), invisible characters dropped, whitespace runs made one space, letters
// that look Latin mapped to the Latin letter, then case folded. The look-alike table covers the
// Cyrillic and Greek letters that pass for Latin ones, not the whole of confusables.txt.

/** Characters that draw nothing: format characters (zero-width space and joiners, bidi controls, BOM), variation selectors, controls. */
const INVISIBLE = /[\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u115F\u1160\u3164\uFFA0]/gu;

/** Cyrillic and Greek letters drawn like a Latin letter in common fonts. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y',
  'Ѕ': 'S', 'І': 'I', 'Ј': 'J', 'Ԛ': 'Q', 'Ԝ': 'W', 'Ү': 'Y', 'Һ': 'h',
  'а': 'a', 'в': 'b', 'е': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x',
  'ѕ': 's', 'і': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ү': 'y',
  // Greek capitals and small letters
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
  'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'α': 'a',
};

/** The form two names share when a person reading them would take them for the same name. */
export function nameSkeleton(name: string): string {
  return [...name.normalize('NFKC').replace(INVISIBLE, '')]
    .map((ch) => LOOK_ALIKES[ch] ?? ch)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What in a name is not what it looks like, e.g. `U+0410 (Cyrillic, looks like "A")`; empty for a plain name. */
export function nameTricks(name: string): string[] {
  const tricks = new Set<string>();
  if (name !== name.normalize('NFKC')) tricks.add('characters that Unicode folds into others (NFKC)');
  for (const ch of name) {
    if (/[\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}]/u.test(ch)) tricks.add(`${codePoint(ch)} (invisible)`);
    const looksLike = LOOK_ALIKES[ch];
    if (looksLike) tricks.add(`${codePoint(ch)} (${/\p{Script=Cyrillic}/u.test(ch) ? 'Cyrillic' : 'Greek'}, looks like "${looksLike}")`);
  }
  if (/\s{2,}|^\s|\s$/u.test(name) || /[^\S ]/u.test(name)) tricks.add('extra or unusual spaces');
  return [...tricks];
}

/** A name with every control and invisible character written as an escape, for a terminal or a log. */
export function printableName(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (ch) => {
    const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };
    return escapes[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16)}}`;
  });
}
