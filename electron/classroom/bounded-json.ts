// Reading JSON that came from someone else: bounded before, while and after parsing.
// Before: the byte size, then a scan for nesting depth (so no later step ever recurses deep).
// After: a walk that counts values and caps every string. JSON.parse itself is safe against
// prototype pollution (a "__proto__" key becomes an own property), and the strict zod schemas
// that follow refuse any key they do not know.
import { MAX_FILE_BYTES, MAX_JSON_VALUES, MAX_NESTING, MAX_STRING_CHARS } from './limits';

export type Bounded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export interface JsonBounds {
  readonly maxBytes: number;
  readonly maxNesting: number;
  readonly maxValues: number;
  /** the longest string allowed under a given object key (keys themselves: MAX_STRING_CHARS) */
  readonly maxStringChars: (key: string | null) => number;
}

export const DEFAULT_BOUNDS: JsonBounds = {
  maxBytes: MAX_FILE_BYTES,
  maxNesting: MAX_NESTING,
  maxValues: MAX_JSON_VALUES,
  maxStringChars: () => MAX_STRING_CHARS,
};

const refuse = (message: string): Bounded => ({ ok: false, message });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `the file is larger than ${formatBytes(maxBytes)} (${size.toLocaleString('en-US')} bytes)`;
}

/** The deepest nesting of objects/arrays, scanning the text once; stops early past `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return deepest;
}

/** Counts values and checks string lengths; recursion is bounded by the depth scan. */
function walkProblem(root: unknown, bounds: JsonBounds): string | null {
  let values = 0;
  const visit = (value: unknown, key: string | null, where: string): string | null => {
    values++;
    if (values > bounds.maxValues) return `the file holds more than ${bounds.maxValues.toLocaleString('en-US')} values`;
    if (typeof value === 'string') {
      const cap = bounds.maxStringChars(key);
      return value.length > cap ? `${where || 'the file'}: text of ${value.length.toLocaleString('en-US')} characters (the limit is ${cap.toLocaleString('en-US')})` : null;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const problem = visit(value[i], key, `${where}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.length > MAX_STRING_CHARS) return `${where || 'the file'}: a key of ${k.length} characters`;
        const problem = visit(v, k, where ? `${where}.${k}` : k);
        if (problem) return problem;
      }
    }
    return null;
  };
  return visit(root, null, '');
}

/** Decodes, bounds and parses a JSON file; never throws, every refusal says what is wrong. */
export function parseBoundedJson(input: Uint8Array | string, bounds: JsonBounds = DEFAULT_BOUNDS): Bounded {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > bounds.maxBytes) return refuse(tooLarge(size, bounds.maxBytes));
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return refuse('the file is not UTF-8 text');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (nestingDepth(text, bounds.maxNesting) > bounds.maxNesting) {
    return refuse(`the data is nested more than ${bounds.maxNesting} levels deep`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`the file is not valid JSON (${(error as Error).message})`);
  }
  const problem = walkProblem(value, bounds);
  return problem ? refuse(problem) : { ok: true, value };
}
