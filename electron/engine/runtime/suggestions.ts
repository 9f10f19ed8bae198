// The "Did you mean" trailer CPython 3.11's traceback printer adds to the last line of an
// uncaught NameError or AttributeError (Python/suggestions.c, called from print_exception in
// Python/pythonrun.c). It is not part of str(e): only the printed traceback shows it.
import { CPYTHON_BUILTINS } from './cpython-names';
import { cpythonDir, MAIN_MODULE_START } from './dir';
import type { PyDict, PyInstance } from './objects';
import type { Runtime } from './runtime';
import { strRepr } from '../values/str-repr';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const utf8 = new TextEncoder();

/** substitution_cost: a case flip of an ASCII letter costs less than a real substitution */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
  return lower(a) === lower(b) ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance over UTF-8 bytes, trimming common affixes and bailing out past maxCost */
export function levenshteinDistance(aText: string, bText: string, maxCost: number): number {
  let a = utf8.encode(aText);
  let b = utf8.encode(bText);
  if (aText === bText) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex]!;
    let distance = (result = bIndex * MOVE_COST);
    let minimum = Infinity;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + substitutionCost(code, a[index]!);
      distance = buffer[index]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the first closest candidate within a third of the characters */
export function calculateSuggestion(dir: readonly string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameSize = utf8.encode(name).length;
  let suggestion: string | null = null;
  let suggestionDistance = Number.MAX_SAFE_INTEGER;
  for (const item of dir) {
    if (item === name) continue;
    const itemSize = utf8.encode(item).length;
    // C's integer division: no more than 1/3 of the involved characters should need changing
    let maxDistance = Math.floor(((nameSize + itemSize + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, suggestionDistance - 1);
    const distance = levenshteinDistance(name, item, maxDistance);
    if (distance > maxDistance) continue;
    if (suggestion === null || distance < suggestionDistance) {
      suggestion = item;
      suggestionDistance = distance;
    }
  }
  return suggestion;
}

function strValue(o: unknown): string | null {
  const v = o as { kind?: string; value?: unknown } | null | undefined;
  return v && v.kind === 'str' && typeof v.value === 'string' ? v.value : null;
}

/**
 * offer_suggestions_for_name_error: the innermost traceback frame's local variable names,
 * then the module's globals, then the builtins, each in order.
 */
function nameErrorSuggestion(exc: PyInstance, globals: PyDict): string | null {
  const name = strValue(exc.exc?.name);
  let tb = exc.exc?.traceback ?? null;
  if (name === null || !tb) return null;
  while (tb.next) tb = tb.next;
  const varnames = tb.frame?.varnames ?? [];
  const engineGlobals = globals.store.entries().flatMap(([k]) => (k.kind === 'str' ? [k.value] : []));
  const globalNames = [...MAIN_MODULE_START, ...engineGlobals.filter((k) => !MAIN_MODULE_START.includes(k))];
  return calculateSuggestion(varnames, name) ?? calculateSuggestion(globalNames, name) ?? calculateSuggestion(CPYTHON_BUILTINS, name);
}

/** offer_suggestions_for_attribute_error: the closest name in dir(obj) */
function attributeErrorSuggestion(exc: PyInstance): string | null {
  const name = strValue(exc.exc?.name);
  const obj = exc.exc?.obj;
  if (name === null || !obj) return null;
  return calculateSuggestion(cpythonDir(obj), name);
}

/**
 * _Py_Offer_Suggestions: only for exceptions of exactly NameError or AttributeError (not
 * UnboundLocalError, not subclasses). Returns the trailer `. Did you mean: 'x'?` or ''.
 */
export function suggestionTrailer(rt: Runtime, exc: PyInstance, globals: PyDict): string {
  let suggestion: string | null = null;
  if (exc.cls === rt.types.NameError) suggestion = nameErrorSuggestion(exc, globals);
  else if (exc.cls === rt.types.AttributeError) suggestion = attributeErrorSuggestion(exc);
  if (suggestion === null) return '';
  return `. Did you mean: ${strRepr(suggestion)}?`; // %R of the suggested str
}
