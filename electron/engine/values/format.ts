// format(value, spec) for int, float and str, as CPython 3.11's Python/formatter_unicode.c.
// (format(obj, '') is str(obj): the caller handles the empty spec for bool and other objects.)
import { doubleToString, type FloatCode } from './float-repr';
import { intToFloat } from './float-ops';
import { parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec';
import { intToString } from './number-parse';
import { pyError } from './py-error';
import { strLen, strSlice } from './str-index';

/** the parts of a formatted number, as calc_number_widths sees them */
interface NumberParts {
  readonly negative: boolean;
  /** '0x' and the like, already in the output case */
  readonly prefix: string;
  /** the leading run of digits, to be grouped and zero-padded */
  readonly digits: string;
  /** the decimal point (if any) and everything after the digits */
  readonly remainder: string;
}

const GROUPS = { none: { size: 0, sep: '' }, ',': { size: 3, sep: ',' }, _: { size: 3, sep: '_' }, _4: { size: 4, sep: '_' } };

/** _PyUnicode_InsertThousandsGrouping: separators every `size` digits, zero-padded to minWidth */
function groupDigits(digits: string, minWidthIn: number, size: number, sep: string): string {
  let remaining = digits.length;
  let minWidth = minWidthIn;
  let end = digits.length;
  let out = '';
  let useSep = false;
  const take = (l: number) => {
    const zeros = Math.max(0, l - remaining);
    const chars = Math.max(0, Math.min(remaining, l));
    out = '0'.repeat(zeros) + digits.slice(end - chars, end) + (useSep ? sep : '') + out;
    end -= chars;
    remaining -= chars;
  };
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, minWidth, 1));
      take(l);
      useSep = true;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  take(Math.max(remaining, minWidth, 1));
  return out;
}

/** calc_number_widths + fill_number */
function layOutNumber(parts: NumberParts, spec: FormatSpec, grouping: FormatSpec['grouping']): string {
  let sign = '';
  if (parts.negative) sign = '-';
  else if (spec.sign === '+') sign = '+';
  else if (spec.sign === ' ') sign = ' ';
  const nonDigits = sign.length + parts.prefix.length + strLen(parts.remainder);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigits : 0;
  const { size, sep } = GROUPS[grouping];
  const digits = parts.digits === '' ? '' : groupDigits(parts.digits, minWidth, size, sep);
  const padding = spec.width - (nonDigits + digits.length);
  let left = '';
  let inner = '';
  let right = '';
  if (padding > 0) {
    const fill = (n: number) => spec.fill.repeat(n);
    switch (spec.align) {
      case '<':
        right = fill(padding);
        break;
      case '^':
        left = fill(Math.floor(padding / 2));
        right = fill(padding - Math.floor(padding / 2));
        break;
      case '=':
        inner = fill(padding);
        break;
      case '>':
        left = fill(padding);
        break;
    }
  }
  return left + sign + parts.prefix + inner + digits + parts.remainder + right;
}

const RADIX: Record<string, { radix: number; prefix: string }> = {
  b: { radix: 2, prefix: '0b' },
  o: { radix: 8, prefix: '0o' },
  x: { radix: 16, prefix: '0x' },
  X: { radix: 16, prefix: '0X' },
};

/** format(int, spec) */
export function formatInt(value: bigint, specText: string, typeName = 'int'): string {
  const spec = parseFormatSpec(specText, '>', 'd', typeName);
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWithSpec(intToFloat(value), spec);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      throw unknownFormatCode(spec.type, typeName);
  }
  if (spec.precision !== -1) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.noNegativeZero) {
    throw pyError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (spec.type === 'c') return formatIntAsChar(value, spec);
  const magnitude = value < 0n ? -value : value;
  const radix = RADIX[spec.type];
  let digits = radix === undefined ? intToString(magnitude) : magnitude.toString(radix.radix);
  if (spec.type === 'X') digits = digits.toUpperCase();
  const prefix = spec.alternate && radix !== undefined ? radix.prefix : '';
  const grouping = spec.type === 'n' ? 'none' : spec.grouping;
  return layOutNumber({ negative: value < 0n, prefix, digits, remainder: '' }, spec, grouping);
}

function formatIntAsChar(value: bigint, spec: FormatSpec): string {
  if (spec.sign !== '') throw pyError('ValueError', "Sign not allowed with integer format specifier 'c'");
  if (spec.alternate) {
    throw pyError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
  }
  if (value < -(2n ** 63n) || value >= 2n ** 63n) {
    throw pyError('OverflowError', 'Python int too large to convert to C long');
  }
  if (value < 0n || value > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
  const char = String.fromCodePoint(Number(value));
  return layOutNumber({ negative: false, prefix: '', digits: '', remainder: char }, spec, 'none');
}

/** format(float, spec) */
export function formatFloat(value: number, specText: string, typeName = 'float'): string {
  const spec = parseFormatSpec(specText, '>', '', typeName);
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(spec.type)) {
    throw unknownFormatCode(spec.type, typeName);
  }
  return formatFloatWithSpec(value, spec);
}

/** format_float_internal */
function formatFloatWithSpec(valueIn: number, spec: FormatSpec): string {
  let value = valueIn;
  let code: string = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDotZero = false;
  if (code === '') {
    addDotZero = true;
    code = 'r';
    defaultPrecision = 0;
  }
  if (code === 'n') code = 'g';
  let percent = false;
  if (code === '%') {
    code = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  const lower = code.toLowerCase() as FloatCode;
  let text = doubleToString(value, {
    code: lower,
    precision,
    alternate: spec.alternate,
    addDotZero,
    noNegativeZero: spec.noNegativeZero,
    upper: code !== lower,
  });
  if (percent) text += '%';
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let digitsEnd = 0;
  while (digitsEnd < body.length && body.charCodeAt(digitsEnd) >= 48 && body.charCodeAt(digitsEnd) <= 57) digitsEnd++;
  const grouping = spec.type === 'n' ? 'none' : spec.grouping;
  return layOutNumber(
    { negative, prefix: '', digits: body.slice(0, digitsEnd), remainder: body.slice(digitsEnd) },
    spec,
    grouping,
  );
}

/** format(str, spec) */
export function formatStr(value: string, specText: string, typeName = 'str'): string {
  const spec = parseFormatSpec(specText, '<', 's', typeName);
  if (spec.type !== 's') throw unknownFormatCode(spec.type, typeName);
  if (spec.sign === ' ') throw pyError('ValueError', 'Space not allowed in string format specifier');
  if (spec.sign !== '') throw pyError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.noNegativeZero) {
    throw pyError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (spec.alternate) throw pyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') throw pyError('ValueError', "'=' alignment not allowed in string format specifier");
  let text = value;
  let length = strLen(text);
  if (spec.precision >= 0 && length > spec.precision) {
    text = strSlice(text, 0, spec.precision, null);
    length = spec.precision;
  }
  const total = Math.max(spec.width, length);
  const padding = total - length;
  if (padding <= 0) return text;
  let left = 0;
  if (spec.align === '>') left = padding;
  else if (spec.align === '^') left = Math.floor(padding / 2);
  return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
}
