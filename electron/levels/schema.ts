// The level file format (DESIGN.md "Levels"). Files hold a program and questions, never
// answers: those are computed by the engine (see answers.ts).
import { z } from 'zod';
import { MAX_CODE_CHARS, MAX_STRING_CHARS } from '../classroom/limits';

const line = z.int().min(1);
const expression = z.string().trim().min(1).max(200);
const prompt = z.string().trim().min(1).max(300).optional();
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a Python name');

/** `after: N` — asked about the state once line N has run; `line: N` — about what line N does. */
export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('refcount'), after: line, expr: expression, prompt }),
  z.strictObject({ kind: z.literal('alias'), after: line, targets: z.array(expression).min(2).max(8), prompt }),
  z.strictObject({ kind: z.literal('output'), line, prompt }),
  z.strictObject({ kind: z.literal('identity'), after: line, left: expression, right: expression, prompt }),
  z.strictObject({ kind: z.literal('freed'), line, candidates: z.array(expression).min(1).max(8), prompt }),
  z.strictObject({ kind: z.literal('collect'), line, prompt }),
  /**
   * sys.getsizeof once line `after` has run: with one expression the player predicts its byte
   * count; with several, which of them is the largest (all the tied ones when sizes are equal).
   */
  z.strictObject({ kind: z.literal('size'), after: line, exprs: z.array(expression).min(1).max(4), prompt }),
  /**
   * Draw the heap once line `after` has run: the player connects the names (all module-level
   * names of data, or just `names`) and every container slot to objects of a palette.
   */
  z.strictObject({ kind: z.literal('heap'), after: line, names: z.array(identifier).min(1).max(8).optional(), prompt }),
  /**
   * Make this heap: the target is the final state of `target.code` (the reference program, which
   * stays in the main process); the player orders lines picked from `lines`, distractors included.
   */
  z.strictObject({
    kind: z.literal('make'),
    target: z.strictObject({ code: z.string().min(1).max(2000) }),
    lines: z.array(z.string().trim().min(1).max(120)).min(2).max(10),
    prompt,
  }),
  /** Spot the leak: which objects alive before line `after` survive it as unreachable cycles. */
  z.strictObject({ kind: z.literal('leak'), after: line, prompt }),
]);

/** Where a question is anchored in the level's program (`make` stands apart from it). */
export function questionAnchor(question: LevelQuestion): { readonly field: 'after' | 'line'; readonly line: number } | null {
  if ('after' in question) return { field: 'after', line: question.after };
  if ('line' in question) return { field: 'line', line: question.line };
  return null;
}

/**
 * Every field main accepts is capped (a level arrives from a pack file or from the editor over
 * IPC, so 2 MB of `code` must be refused before the engine sees it), with the cap in the message.
 * The caps are a pack file's own (classroom/limits.ts), so an editor level always fits a pack.
 */
const capped = (max: number) => z.string().trim().min(1).max(max, `at most ${max.toLocaleString('en-US')} characters`);

export const levelSchema = z
  .strictObject({
    id: z.string().max(100, 'at most 100 characters').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id like "grid-trap"'),
    title: capped(80),
    concepts: z.array(capped(60)).min(1).max(10, 'at most 10 concepts'),
    difficulty: z.int().min(1).max(5),
    intro: capped(MAX_STRING_CHARS),
    code: z.string().min(1).max(MAX_CODE_CHARS, `at most ${MAX_CODE_CHARS.toLocaleString('en-US')} characters`),
    questions: z.array(questionSchema).min(1).max(5),
    hints: z.array(capped(MAX_STRING_CHARS)).min(1).max(5),
    explain: capped(MAX_STRING_CHARS),
    /** the last, harder level of its world (the checker requires exactly one per world) */
    boss: z.boolean().optional(),
    /** the intro states a popular claim for the player to test against CPython */
    myth: z.boolean().optional(),
    /**
     * why some answers differ in other Python versions, written once per level; required when
     * the generated version table (`<level>.versions.json`) shows a difference
     */
    versionNote: z.string().trim().min(1).optional(),
  })
  .superRefine((level, context) => {
    const lineCount = level.code.replace(/\n+$/, '').split('\n').length;
    level.questions.forEach((question, index) => {
      const anchor = questionAnchor(question);
      if (anchor && anchor.line > lineCount) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, anchor.field],
          message: `line ${anchor.line} is past the end of the code (${lineCount} lines)`,
        });
      }
      if (question.kind === 'make') {
        const pool = new Set(question.lines);
        if (pool.size !== question.lines.length) context.addIssue({ code: 'custom', path: ['questions', index, 'lines'], message: 'the same line is offered twice' });
        question.target.code.replace(/\n+$/, '').split('\n').forEach((text, k) => {
          if (!pool.has(text.trim())) {
            context.addIssue({ code: 'custom', path: ['questions', index, 'target', 'code'], message: `line ${k + 1} of the target program is not one of the offered lines` });
          }
        });
      }
      const labels =
        question.kind === 'alias' ? question.targets : question.kind === 'freed' ? question.candidates : question.kind === 'size' ? question.exprs : [];
      if (new Set(labels).size !== labels.length) {
        context.addIssue({ code: 'custom', path: ['questions', index], message: 'the same expression is listed twice' });
      }
    });
  });

export const worldSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  title: z.string().trim().min(1).max(80),
  order: z.int().min(0),
  description: z.string().trim().min(1),
});

export type LevelQuestion = z.infer<typeof questionSchema>;
export type LevelDefinition = z.infer<typeof levelSchema>;
export type WorldDefinition = z.infer<typeof worldSchema>;
