// Parsing of the format-spec mini-language, as CPython 3.11's
// parse_internal_render_format_spec: [[fill]align][sign][z][#][0][width][,|_][.precision][type]
import { decimalValue } from './char-classes';
import { pyError } from './py-error';
import { ensureBuildable } from './build-limit';

export type Align = '<' | '>' | '^' | '=';
export type Grouping = 'none' | ',' | '_' | '_4';

export interface FormatSpec {
  readonly fill: string;
  readonly align: Align;
  readonly sign: '' | '+' | '-' | ' ';
  /** 'z': negative zero is shown as zero */
  readonly noNegativeZero: boolean;
  readonly alternate: boolean;
  /** -1: not given */
  readonly width: number;
  readonly grouping: Grouping;
  /** -1: not given */
  readonly precision: number;
  /** '' when not given and the type has no default */
  readonly type: string;
}

const MAX_SSIZE = 2n ** 63n - 1n;

function isAlign(char: string | undefined): char is Align {
  return char === '<' || char === '>' || char === '^' || char === '=';
}

/** get_integer: Unicode decimal digits; returns [value, consumed] */
function readInteger(points: readonly string[], start: number): [number, number] {
  let value = 0n;
  let at = start;
  for (; at < points.length; at++) {
    const digit = decimalValue(points[at]!.codePointAt(0)!);
    if (digit < 0) break;
    value = value * 10n + BigInt(digit);
    if (value > MAX_SSIZE) throw pyError('ValueError', 'Too many decimal digits in format string');
  }
  return [Number(value), at - start];
}

function describeChar(char: string): string {
  const code = char.codePointAt(0)!;
  return code > 32 && code < 128 ? char : `\\x${code.toString(16)}`;
}

export function parseFormatSpec(
  spec: string,
  defaultAlign: Align,
  defaultType: string,
  typeName: string,
): FormatSpec {
  const points = Array.from(spec);
  let at = 0;
  let fill = ' ';
  let fillGiven = false;
  let align = defaultAlign;
  let alignGiven = false;
  if (isAlign(points[1])) {
    fill = points[0]!;
    align = points[1];
    fillGiven = alignGiven = true;
    at = 2;
  } else if (isAlign(points[0])) {
    align = points[0];
    alignGiven = true;
    at = 1;
  }
  let sign: FormatSpec['sign'] = '';
  const signChar = points[at];
  if (signChar === '+' || signChar === '-' || signChar === ' ') {
    sign = signChar;
    at++;
  }
  let noNegativeZero = false;
  if (points[at] === 'z') {
    noNegativeZero = true;
    at++;
  }
  let alternate = false;
  if (points[at] === '#') {
    alternate = true;
    at++;
  }
  if (!fillGiven && points[at] === '0') {
    fill = '0';
    if (!alignGiven && defaultAlign === '>') align = '=';
    at++;
  }
  const [widthValue, widthDigits] = readInteger(points, at);
  at += widthDigits;
  const width = widthDigits === 0 ? -1 : widthValue;
  ensureBuildable(width);
  let grouping: Grouping = 'none';
  if (points[at] === ',') {
    grouping = ',';
    at++;
  }
  if (points[at] === '_') {
    if (grouping !== 'none') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    at++;
  }
  if (points[at] === ',' && grouping === '_') {
    throw pyError('ValueError', "Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (points[at] === '.') {
    at++;
    const [value, digits] = readInteger(points, at);
    if (digits === 0) throw pyError('ValueError', 'Format specifier missing precision');
    precision = value;
    ensureBuildable(precision);
    at += digits;
  }
  if (points.length - at > 1) {
    throw pyError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = points.length - at === 1 ? points[at]! : defaultType;
  if (grouping !== 'none') grouping = checkGroupingType(grouping, type);
  return { fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type };
}

function checkGroupingType(grouping: Grouping, type: string): Grouping {
  if ('defgEG%F'.includes(type) || type === '') return grouping;
  if ('boxX'.includes(type) && grouping === '_') return '_4';
  throw pyError('ValueError', `Cannot specify '${grouping}' with '${describeChar(type)}'.`);
}

export function unknownFormatCode(type: string, typeName: string): Error {
  return pyError('ValueError', `Unknown format code '${describeChar(type)}' for object of type '${typeName}'`);
}
