// The editor's levels as the teacher writes them, and their conversion to the level format
// (electron/levels/schema.ts). Pure functions over plain data, tested without a DOM.
import type { PackLevels, QuestionKind } from '../../../electron/api';

/** A level in the level-file format (electron/levels/schema.ts validates it in main). */
export type LevelDefinition = Extract<PackLevels, { kind: 'edited' }>['levels'][number];
export type EditedQuestion = LevelDefinition['questions'][number];

/** The question kinds the editor writes (make-this-heap, which needs a target program and a line pool, is written in level files only). */
export type AuthoredKind = Extract<QuestionKind, 'refcount' | 'alias' | 'identity' | 'output' | 'freed' | 'collect' | 'size' | 'heap' | 'leak'>;

export interface QuestionDraft {
  kind: AuthoredKind;
  /** the line: "after line N" or "line N" by kind */
  line: number;
  /** the expression fields' texts, by kind: refcount [expr], identity [left, right], alias/freed [comma list] */
  fields: string[];
}

export interface LevelDraft {
  title: string;
  intro: string;
  hint: string;
  code: string;
  questions: QuestionDraft[];
}

export const QUESTION_KINDS: readonly { readonly kind: AuthoredKind; readonly label: string }[] = [
  { kind: 'refcount', label: 'Reference count' },
  { kind: 'alias', label: 'Which are one object (alias)' },
  { kind: 'identity', label: 'a is b (identity)' },
  { kind: 'output', label: 'Printed output' },
  { kind: 'freed', label: 'Freed or unreachable' },
  { kind: 'collect', label: 'gc.collect() result' },
  { kind: 'size', label: 'sys.getsizeof (size)' },
  { kind: 'heap', label: 'Draw the heap' },
  { kind: 'leak', label: 'Spot the leak' },
];

/** The labels of a kind's expression fields (none for output and collect). */
export function fieldLabels(kind: AuthoredKind): readonly string[] {
  switch (kind) {
    case 'refcount': return ['Object'];
    case 'identity': return ['Left', 'Right'];
    case 'alias': return ['Names and slots (comma-separated)'];
    case 'freed': return ['Candidates (comma-separated)'];
    case 'size': return ['Expressions (comma-separated; several: which is largest)'];
    case 'heap': return ['Names to draw (comma-separated; empty: every name)'];
    case 'output':
    case 'collect':
    case 'leak': return [];
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Whether a kind asks about the state after a line (else about what the line does). */
export const asksAfter = (kind: AuthoredKind): boolean => kind !== 'output' && kind !== 'freed' && kind !== 'collect';

/** Splits `a, grid[0], d[1, 2]` at the commas outside brackets and quotes. */
export function splitExpressions(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** Adds an expression to a field: replaces a single-expression field, appends to a list. */
export function fillField(kind: AuthoredKind, current: string, expression: string): string {
  if (kind !== 'alias' && kind !== 'freed' && kind !== 'size' && kind !== 'heap') return expression;
  const present = splitExpressions(current);
  return present.includes(expression) ? current : [...present, expression].join(', ');
}

export function toQuestion(draft: QuestionDraft): EditedQuestion & { kind: AuthoredKind } {
  const [first = '', second = ''] = draft.fields.map((field) => field.trim());
  switch (draft.kind) {
    case 'refcount': return { kind: 'refcount', after: draft.line, expr: first };
    case 'alias': return { kind: 'alias', after: draft.line, targets: splitExpressions(first) };
    case 'identity': return { kind: 'identity', after: draft.line, left: first, right: second };
    case 'output': return { kind: 'output', line: draft.line };
    case 'freed': return { kind: 'freed', line: draft.line, candidates: splitExpressions(first) };
    case 'collect': return { kind: 'collect', line: draft.line };
    case 'size': return { kind: 'size', after: draft.line, exprs: splitExpressions(first) };
    case 'heap': {
      const names = splitExpressions(first);
      return names.length > 0 ? { kind: 'heap', after: draft.line, names } : { kind: 'heap', after: draft.line };
    }
    case 'leak': return { kind: 'leak', after: draft.line };
    default: {
      const never: never = draft.kind;
      return never;
    }
  }
}

/** What a draft question still lacks, or null when it can be asked. */
export function questionProblem(draft: QuestionDraft, lineCount: number): string | null {
  if (!Number.isInteger(draft.line) || draft.line < 1 || draft.line > lineCount) return `choose a line between 1 and ${lineCount}`;
  const [first = '', second = ''] = draft.fields.map((field) => field.trim());
  switch (draft.kind) {
    case 'refcount': return first ? null : 'pick the object (click it in the diagram, or a name)';
    case 'identity': return first && second ? null : 'fill both sides of `is`';
    case 'alias': return splitExpressions(first).length >= 2 ? null : 'list at least two names or slots';
    case 'freed': return splitExpressions(first).length >= 1 ? null : 'list at least one candidate';
    case 'size': return splitExpressions(first).length >= 1 && splitExpressions(first).length <= 4 ? null : 'list one to four expressions';
    case 'heap': {
      const names = splitExpressions(first);
      if (names.length > 8) return 'name at most eight names to draw';
      const notName = names.find((name) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
      return notName === undefined ? null : `\`${notName}\` is not a name (the drawing starts from names)`;
    }
    case 'output':
    case 'collect':
    case 'leak': return null;
    default: {
      const never: never = draft.kind;
      return never;
    }
  }
}

/** The question's prompt, worded as the campaign words them (electron/levels/public-view.ts). */
export function promptFor(question: QuestionDraft): string {
  const q = toQuestion(question);
  switch (q.kind) {
    case 'refcount': return `After line ${q.after} runs, how many references point to the object \`${q.expr}\`?`;
    case 'alias': return `After line ${q.after} runs, which of these are the same object?`;
    case 'output': return `What does line ${q.line} print?`;
    case 'identity': return `After line ${q.after} runs, is \`${q.left} is ${q.right}\` True or False?`;
    case 'freed': return `When line ${q.line} runs, which of these objects are freed at once, and which are left unreachable until the garbage collector runs?`;
    case 'collect': return `What does the \`gc.collect()\` call on line ${q.line} return?`;
    case 'heap': return `Draw the heap after line ${q.after} runs: connect every name and every slot to its object.`;
    case 'leak': return `Spot the leak: which of these objects survive line ${q.after} only as unreachable cycles, waiting for the garbage collector?`;
    case 'size':
      return q.exprs.length === 1
        ? `After line ${q.after} runs, how many bytes does \`sys.getsizeof(${q.exprs[0]})\` report?`
        : `After line ${q.after} runs, which of these does \`sys.getsizeof\` report as the largest?`;
    default: {
      const never: never = q;
      return never;
    }
  }
}

export function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** The level files of the edited levels, with distinct ids. */
export function toLevels(drafts: readonly LevelDraft[]): LevelDefinition[] {
  const used = new Set<string>();
  return drafts.map((draft, index) => {
    let id = slug(draft.title) || `level-${index + 1}`;
    for (let n = 2; used.has(id); n++) id = `${slug(draft.title) || 'level'}-${n}`;
    used.add(id);
    const intro = draft.intro.trim() || 'Predict what happens in memory.';
    return {
      id,
      title: draft.title.trim() || `Level ${index + 1}`,
      concepts: ['classroom'],
      difficulty: 1,
      intro,
      code: draft.code.endsWith('\n') ? draft.code : `${draft.code}\n`,
      questions: draft.questions.map((question) => ({ ...toQuestion(question), prompt: promptFor(question) })),
      hints: [draft.hint.trim() || 'Follow the references line by line.'],
      explain: intro,
    };
  });
}

export function emptyDraft(number: number): LevelDraft {
  return { title: `Level ${number}`, intro: '', hint: '', code: 'a = [1, 2, 3]\nb = a\nb.append(4)\nprint(a)\n', questions: [] };
}
