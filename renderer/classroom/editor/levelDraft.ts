// The editor's levels as the teacher writes them, and their conversion to the level format
// (electron/levels/schema.ts). Pure functions over plain data, tested without a DOM.
import type { PackLevels, QuestionKind } from '../../../electron/api';

/** A level in the level-file format (electron/levels/schema.ts validates it in main). */
export type LevelDefinition = Extract<PackLevels, { kind: 'edited' }>['levels'][number];
export type EditedQuestion = LevelDefinition['questions'][number];

export interface QuestionDraft {
  kind: QuestionKind;
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

export const QUESTION_KINDS: readonly { readonly kind: QuestionKind; readonly label: string }[] = [
  { kind: 'refcount', label: 'Reference count' },
  { kind: 'alias', label: 'Which are one object (alias)' },
  { kind: 'identity', label: 'a is b (identity)' },
  { kind: 'output', label: 'Printed output' },
  { kind: 'freed', label: 'Freed or unreachable' },
  { kind: 'collect', label: 'gc.collect() result' },
  { kind: 'size', label: 'sys.getsizeof (size)' },
];

/** The labels of a kind's expression fields (none for output and collect). */
export function fieldLabels(kind: QuestionKind): readonly string[] {
  switch (kind) {
    case 'refcount': return ['Object'];
    case 'identity': return ['Left', 'Right'];
    case 'alias': return ['Names and slots (comma-separated)'];
    case 'freed': return ['Candidates (comma-separated)'];
    case 'size': return ['Expressions (comma-separated; several: which is largest)'];
    case 'output':
    case 'collect': return [];
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Whether a kind asks about the state after a line (else about what the line does). */
export const asksAfter = (kind: QuestionKind): boolean => kind === 'refcount' || kind === 'alias' || kind === 'identity' || kind === 'size';

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
export function fillField(kind: QuestionKind, current: string, expression: string): string {
  if (kind !== 'alias' && kind !== 'freed' && kind !== 'size') return expression;
  const present = splitExpressions(current);
  return present.includes(expression) ? current : [...present, expression].join(', ');
}

export function toQuestion(draft: QuestionDraft): EditedQuestion {
  const [first = '', second = ''] = draft.fields.map((field) => field.trim());
  switch (draft.kind) {
    case 'refcount': return { kind: 'refcount', after: draft.line, expr: first };
    case 'alias': return { kind: 'alias', after: draft.line, targets: splitExpressions(first) };
    case 'identity': return { kind: 'identity', after: draft.line, left: first, right: second };
    case 'output': return { kind: 'output', line: draft.line };
    case 'freed': return { kind: 'freed', line: draft.line, candidates: splitExpressions(first) };
    case 'collect': return { kind: 'collect', line: draft.line };
    case 'size': return { kind: 'size', after: draft.line, exprs: splitExpressions(first) };
    default: {
      const never: never = draft.kind;
      return never;
    }
  }
}

/** What a draft question still lacks, or null when it can be asked. */
export function questionProblem(draft: QuestionDraft, lineCount: number): string | null {
  if (!Number.isInteger(draft.line) || draft.line < 1 || draft.line > lineCount) return `choose a line between 1 and ${lineCount}`;
  const question = toQuestion(draft);
  switch (question.kind) {
    case 'refcount': return question.expr ? null : 'pick the object (click it in the diagram, or a name)';
    case 'identity': return question.left && question.right ? null : 'fill both sides of `is`';
    case 'alias': return question.targets.length >= 2 ? null : 'list at least two names or slots';
    case 'freed': return question.candidates.length >= 1 ? null : 'list at least one candidate';
    case 'size': return question.exprs.length >= 1 && question.exprs.length <= 4 ? null : 'list one to four expressions';
    case 'output':
    case 'collect': return null;
    default: {
      const never: never = question;
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
      questions: draft.questions.map(toQuestion),
      hints: [draft.hint.trim() || 'Follow the references line by line.'],
      explain: intro,
    };
  });
}

export function emptyDraft(number: number): LevelDraft {
  return { title: `Level ${number}`, intro: '', hint: '', code: 'a = [1, 2, 3]\nb = a\nb.append(4)\nprint(a)\n', questions: [] };
}
