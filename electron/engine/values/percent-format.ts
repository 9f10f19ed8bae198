// printf-style formatting, `template % args`, as CPython's PyUnicode_Format. The interpreter
// passes arguments tagged by kind and calls back for str()/repr()/ascii() of other objects.
import { doubleToString, type FloatCode } from './float-repr';
import { floatToInt, intToFloat } from './float-ops';
import { intToString } from './number-parse';
import { pyError } from './py-error';
import { strAscii, strRepr } from './str-repr';
import { strLen, strSlice } from './str-index';
import { ensureBuildable } from './build-limit';

/** one argument: ints include bools (value 1n/0n, obj the bool) and int subclasses */
export type FormatArg =
  | { readonly kind: 'int'; readonly value: bigint; readonly obj: unknown }
  | { readonly kind: 'float'; readonly value: number; readonly obj: unknown }
  | { readonly kind: 'str'; readonly value: string; readonly obj: unknown }
  | { readonly kind: 'other'; readonly obj: unknown };

export interface FormatHooks {
  str(obj: unknown): string;
  repr(obj: unknown): string;
  ascii(obj: unknown): string;
  /** the Python type name, for error messages */
  typeName(obj: unknown): string;
}

/** where the arguments come from: a tuple (or one non-tuple object), or a mapping */
export interface PercentArgs {
  readonly items: readonly FormatArg[];
  /** `%(key)s` lookup; absent when the right operand is not a mapping */
  readonly lookup?: (key: string) => FormatArg;
}

interface Conversion {
  ljust: boolean;
  sign: boolean;
  blank: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  precision: number;
}

export function percentFormat(template: string, args: PercentArgs, hooks: FormatHooks): string {
  let out = '';
  let next = 0;
  let usedMapping = false;
  const take = (): FormatArg => {
    if (next >= args.items.length) throw pyError('TypeError', 'not enough arguments for format string');
    return args.items[next++]!;
  };
  let at = 0;
  while (at < template.length) {
    const percent = template.indexOf('%', at);
    if (percent === -1) {
      out += template.slice(at);
      break;
    }
    out += template.slice(at, percent);
    at = percent + 1;
    let mapped: FormatArg | undefined;
    if (template[at] === '(') {
      if (args.lookup === undefined) throw pyError('TypeError', 'format requires a mapping');
      let depth = 1;
      const keyStart = ++at;
      while (at < template.length && depth > 0) {
        if (template[at] === '(') depth++;
        else if (template[at] === ')') depth--;
        at++;
      }
      if (depth > 0) throw pyError('ValueError', 'incomplete format key');
      mapped = args.lookup(template.slice(keyStart, at - 1));
      usedMapping = true;
    }
    const conv: Conversion = { ljust: false, sign: false, blank: false, alternate: false, zero: false, width: -1, precision: -1 };
    for (; at < template.length; at++) {
      const flag = template[at];
      if (flag === '-') conv.ljust = true;
      else if (flag === '+') conv.sign = true;
      else if (flag === ' ') conv.blank = true;
      else if (flag === '#') conv.alternate = true;
      else if (flag === '0') conv.zero = true;
      else break;
    }
    const readNumber = (): number => {
      if (template[at] === '*') {
        at++;
        const starred = take();
        if (starred.kind !== 'int') throw pyError('TypeError', '* wants int');
        return Number(starred.value);
      }
      const start = at;
      while (at < template.length && template[at]! >= '0' && template[at]! <= '9') at++;
      return at === start ? -1 : Number(template.slice(start, at));
    };
    conv.width = readNumber();
    if (conv.width < -1) {
      conv.ljust = true;
      conv.width = -conv.width;
    }
    ensureBuildable(conv.width);
    if (template[at] === '.') {
      at++;
      conv.precision = Math.max(readNumber(), 0);
      ensureBuildable(conv.precision);
    }
    while (template[at] === 'h' || template[at] === 'l' || template[at] === 'L') at++;
    if (at >= template.length) throw pyError('ValueError', 'incomplete format');
    const type = String.fromCodePoint(template.codePointAt(at)!);
    at += type.length;
    if (type === '%') {
      out += '%';
      continue;
    }
    const arg = mapped ?? take();
    out += convertOne(type, arg, conv, hooks, at - type.length);
  }
  if (next < args.items.length && !usedMapping && args.lookup === undefined) {
    throw pyError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function pad(body: string, conv: Conversion): string {
  const length = strLen(body);
  if (conv.width <= length) return body;
  const spaces = ' '.repeat(conv.width - length);
  return conv.ljust ? body + spaces : spaces + body;
}

/** sign, prefix and digits laid out with width, '-' and '0' flags */
function padNumber(negative: boolean, prefix: string, body: string, conv: Conversion): string {
  const sign = negative ? '-' : conv.sign ? '+' : conv.blank ? ' ' : '';
  const length = sign.length + prefix.length + body.length;
  if (conv.width <= length) return sign + prefix + body;
  const padding = conv.width - length;
  if (conv.ljust) return sign + prefix + body + ' '.repeat(padding);
  if (conv.zero) return sign + prefix + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + prefix + body;
}

function convertOne(type: string, arg: FormatArg, conv: Conversion, hooks: FormatHooks, index: number): string {
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let text: string;
      if (type === 's') text = arg.kind === 'str' ? arg.value : hooks.str(arg.obj);
      else if (type === 'r') text = arg.kind === 'str' ? strRepr(arg.value) : hooks.repr(arg.obj);
      else text = arg.kind === 'str' ? strAscii(arg.value) : hooks.ascii(arg.obj);
      if (conv.precision >= 0) text = strSlice(text, 0, conv.precision, null);
      return pad(text, conv);
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
      return formatInteger(type, arg, conv, hooks);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return formatReal(type, arg, conv, hooks);
    case 'c':
      return pad(formatChar(arg), conv);
    default: {
      const code = type.codePointAt(0)!;
      const shown = code >= 32 && code < 127 ? type : '?';
      throw pyError(
        'ValueError',
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index}`,
      );
    }
  }
}

function formatInteger(type: string, arg: FormatArg, conv: Conversion, hooks: FormatHooks): string {
  let value: bigint;
  if (arg.kind === 'int') value = arg.value;
  else if (arg.kind === 'float' && (type === 'd' || type === 'i' || type === 'u')) value = floatToInt(arg.value);
  else if (type === 'd' || type === 'i' || type === 'u') {
    throw pyError('TypeError', `%${type} format: a real number is required, not ${hooks.typeName(arg.obj)}`);
  } else {
    throw pyError('TypeError', `%${type} format: an integer is required, not ${hooks.typeName(arg.obj)}`);
  }
  const magnitude = value < 0n ? -value : value;
  let digits: string;
  let prefix = '';
  if (type === 'o') {
    digits = magnitude.toString(8);
    if (conv.alternate) prefix = '0o';
  } else if (type === 'x' || type === 'X') {
    digits = magnitude.toString(16);
    if (type === 'X') digits = digits.toUpperCase();
    if (conv.alternate) prefix = type === 'X' ? '0X' : '0x';
  } else {
    digits = intToString(magnitude);
  }
  if (conv.precision > digits.length) digits = '0'.repeat(conv.precision - digits.length) + digits;
  return padNumber(value < 0n, prefix, digits, conv);
}

function formatReal(type: string, arg: FormatArg, conv: Conversion, hooks: FormatHooks): string {
  let value: number;
  if (arg.kind === 'float') value = arg.value;
  else if (arg.kind === 'int') value = intToFloat(arg.value);
  else throw pyError('TypeError', `must be real number, not ${hooks.typeName(arg.obj)}`);
  const lower = type.toLowerCase() as FloatCode;
  const text = doubleToString(Math.abs(value) === value && !Object.is(value, -0) ? value : -value, {
    code: lower,
    precision: conv.precision < 0 ? 6 : conv.precision,
    alternate: conv.alternate,
    upper: type !== lower,
  });
  const negative = value < 0 || Object.is(value, -0);
  return padNumber(negative, '', text, conv);
}

function formatChar(arg: FormatArg): string {
  if (arg.kind === 'str') {
    if (strLen(arg.value) === 1) return arg.value;
    throw pyError('TypeError', '%c requires int or char');
  }
  if (arg.kind === 'int') {
    if (arg.value < 0n || arg.value > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(arg.value));
  }
  throw pyError('TypeError', '%c requires int or char');
}
