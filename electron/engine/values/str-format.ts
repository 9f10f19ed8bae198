// str.format(*args, **kwargs) as CPython's Objects/stringlib/unicode_format.h: literal text with
// {{ }}, replacement fields {name.attr[key]!conv:spec} with nested fields in the spec, and
// automatic or manual numbering. Objects are reached through the caller's hooks.
import { pyError } from './py-error';
import { strRepr } from './str-repr';

export interface StrFormatHooks {
  readonly positional: readonly unknown[];
  /** undefined when there is no such keyword argument */
  keyword(name: string): unknown;
  getAttr(obj: unknown, name: string): unknown;
  getItem(obj: unknown, key: bigint | string): unknown;
  str(obj: unknown): string;
  repr(obj: unknown): string;
  ascii(obj: unknown): string;
  /** format(obj, spec) */
  format(obj: unknown, spec: string): string;
}

type Numbering = { mode: 'unset' | 'auto' | 'manual'; next: number };

export function strFormat(template: string, hooks: StrFormatHooks): string {
  return render(template, hooks, { mode: 'unset', next: 0 }, 2);
}

function render(template: string, hooks: StrFormatHooks, numbering: Numbering, depth: number): string {
  if (depth < 0) throw pyError('ValueError', 'Max string recursion exceeded');
  let out = '';
  let at = 0;
  while (at < template.length) {
    const char = template[at]!;
    if (char === '}') {
      if (template[at + 1] !== '}') throw pyError('ValueError', "Single '}' encountered in format string");
      out += '}';
      at += 2;
    } else if (char === '{') {
      if (template[at + 1] === '{') {
        out += '{';
        at += 2;
        continue;
      }
      const end = matchingBrace(template, at);
      out += renderField(template.slice(at + 1, end), hooks, numbering, depth);
      at = end + 1;
    } else {
      const next = nextBrace(template, at);
      out += template.slice(at, next);
      at = next;
    }
  }
  return out;
}

function nextBrace(template: string, from: number): number {
  for (let i = from; i < template.length; i++) {
    const c = template[i];
    if (c === '{' || c === '}') return i;
  }
  return template.length;
}

function matchingBrace(template: string, open: number): number {
  let depth = 1;
  let inBracket = false;
  for (let i = open + 1; i < template.length; i++) {
    const c = template[i];
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (c === '{' && !inBracket) depth++;
    else if (c === '}' && !inBracket) {
      depth--;
      if (depth === 0) return i;
    }
  }
  if (template.length === open + 1) throw pyError('ValueError', "Single '{' encountered in format string");
  if (/[!:]/.test(template.slice(open + 1).replace(/\[[^\]]*\]?/g, ''))) {
    throw pyError('ValueError', "unmatched '{' in format spec");
  }
  throw pyError('ValueError', "expected '}' before end of string");
}

function renderField(field: string, hooks: StrFormatHooks, numbering: Numbering, depth: number): string {
  // the field name ends at the first '!' or ':' outside brackets
  let nameEnd = 0;
  let inBracket = false;
  for (; nameEnd < field.length; nameEnd++) {
    const c = field[nameEnd];
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (!inBracket && (c === '!' || c === ':')) break;
  }
  const name = field.slice(0, nameEnd);
  let conversion = '';
  let spec = '';
  let rest = field.slice(nameEnd);
  if (rest.startsWith('!')) {
    if (rest.length < 2) throw pyError('ValueError', 'end of string while looking for conversion specifier');
    conversion = rest[1]!;
    rest = rest.slice(2);
    if (rest !== '' && !rest.startsWith(':')) throw pyError('ValueError', "expected ':' after conversion specifier");
  }
  if (rest.startsWith(':')) spec = rest.slice(1);
  const value = resolveField(name, hooks, numbering);
  const renderedSpec = spec.includes('{') ? render(spec, hooks, numbering, depth - 1) : spec;
  let converted: unknown = value;
  switch (conversion) {
    case '':
      return hooks.format(converted, renderedSpec);
    case 's':
      converted = hooks.str(value);
      break;
    case 'r':
      converted = hooks.repr(value);
      break;
    case 'a':
      converted = hooks.ascii(value);
      break;
    default:
      throw pyError('ValueError', `Unknown conversion specifier ${conversion}`);
  }
  return hooks.format(converted, renderedSpec);
}

function resolveField(name: string, hooks: StrFormatHooks, numbering: Numbering): unknown {
  let headEnd = 0;
  while (headEnd < name.length && name[headEnd] !== '.' && name[headEnd] !== '[') headEnd++;
  const head = name.slice(0, headEnd);
  let value: unknown;
  if (head === '') {
    if (numbering.mode === 'manual') {
      throw pyError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    }
    numbering.mode = 'auto';
    value = positional(hooks, numbering.next++);
  } else if (/^\d+$/.test(head)) {
    if (numbering.mode === 'auto') {
      throw pyError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    numbering.mode = 'manual';
    value = positional(hooks, Number(head));
  } else {
    value = hooks.keyword(head);
    if (value === undefined) throw pyError('KeyError', strRepr(head));
  }
  let at = headEnd;
  while (at < name.length) {
    if (name[at] === '.') {
      let end = at + 1;
      while (end < name.length && name[end] !== '.' && name[end] !== '[') end++;
      const attr = name.slice(at + 1, end);
      if (attr === '') throw pyError('ValueError', 'Empty attribute in format string');
      value = hooks.getAttr(value, attr);
      at = end;
    } else if (name[at] === '[') {
      const close = name.indexOf(']', at);
      if (close === -1) throw pyError('ValueError', "Missing ']' in format string");
      const key = name.slice(at + 1, close);
      if (key === '') throw pyError('ValueError', 'Empty attribute in format string');
      value = hooks.getItem(value, /^\d+$/.test(key) ? BigInt(key) : key);
      at = close + 1;
      if (at < name.length && name[at] !== '.' && name[at] !== '[') {
        throw pyError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      throw pyError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return value;
}

function positional(hooks: StrFormatHooks, index: number): unknown {
  if (index >= hooks.positional.length) {
    throw pyError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
  }
  return hooks.positional[index];
}
