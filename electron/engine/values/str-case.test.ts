// Every code point that CPython 3.11 (Unicode 14) assigns, through every per-character
// predicate and mapping, compared with python3 in one process.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as strcase from './str-case';
import { strRepr } from './str-repr';

const SCRIPT = String.raw`
import json, sys, unicodedata
preds = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable"]
maps = ["upper", "lower", "casefold", "title", "capitalize", "swapcase"]
out = {"assigned": [], "preds": {p: [] for p in preds}, "maps": {m: {} for m in maps}, "repr": {}}
for c in range(0x110000):
    ch = chr(c)
    if unicodedata.category(ch) == "Cn": continue
    out["assigned"].append(c)
    for p in preds:
        if getattr(ch, p)(): out["preds"][p].append(c)
    for m in maps:
        r = getattr(ch, m)()
        if r != ch: out["maps"][m][c] = r
    r = repr(ch)
    if r != "'" + ch + "'": out["repr"][c] = r
json.dump(out, sys.stdout)
`;

interface Table {
  assigned: number[];
  preds: Record<string, number[]>;
  maps: Record<string, Record<string, string>>;
  repr: Record<string, string>;
}

const table = JSON.parse(
  execFileSync('python3', ['-c', SCRIPT], { encoding: 'utf8', maxBuffer: 1 << 30 }),
) as Table;

const PREDICATES: Record<string, (s: string) => boolean> = {
  isalpha: strcase.strIsalpha,
  isdecimal: strcase.strIsdecimal,
  isdigit: strcase.strIsdigit,
  isnumeric: strcase.strIsnumeric,
  isalnum: strcase.strIsalnum,
  isspace: strcase.strIsspace,
  isupper: strcase.strIsupper,
  islower: strcase.strIslower,
  istitle: strcase.strIstitle,
  isidentifier: strcase.strIsidentifier,
  isprintable: strcase.strIsprintable,
};

const MAPPINGS: Record<string, (s: string) => string> = {
  upper: strcase.strUpper,
  lower: strcase.strLower,
  casefold: strcase.strCasefold,
  title: strcase.strTitle,
  capitalize: strcase.strCapitalize,
  swapcase: strcase.strSwapcase,
};

/** code points where we differ from CPython, shown as U+XXXX */
function differences(check: (code: number) => boolean): string[] {
  return table.assigned
    .filter((code) => !check(code))
    .map((code) => `U+${code.toString(16).toUpperCase()}`);
}

describe('per-character Unicode behaviour, all assigned code points', () => {
  for (const [name, predicate] of Object.entries(PREDICATES)) {
    it(`str.${name}`, () => {
      const holds = new Set(table.preds[name]);
      const wrong = differences((code) => predicate(String.fromCodePoint(code)) === holds.has(code));
      expect(wrong.length === 0 ? [] : [wrong.length, ...wrong.slice(0, 6)]).toEqual([]);
    });
  }
  for (const [name, mapping] of Object.entries(MAPPINGS)) {
    it(`str.${name}`, () => {
      const mapped = table.maps[name]!;
      const wrong = differences((code) => {
        const char = String.fromCodePoint(code);
        return mapping(char) === (mapped[code] ?? char);
      });
      expect(wrong.length === 0 ? [] : [wrong.length, ...wrong.slice(0, 6)]).toEqual([]);
    });
  }
  it('repr', () => {
    const wrong = differences((code) => {
      const char = String.fromCodePoint(code);
      return strRepr(char) === (table.repr[code] ?? `'${char}'`);
    });
    expect(wrong.length === 0 ? [] : [wrong.length, ...wrong.slice(0, 6)]).toEqual([]);
  });
});
