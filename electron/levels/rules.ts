// The game's rules as pure functions over plain data: locks, stars, answer checking and the
// trace gate. No I/O here, so every rule is unit-tested directly.
import type { AnswerDiff, LevelState, PlayerAnswer, Stars } from '../api';
import type { LevelProgress } from '../progress/format';
import type { LevelSolution } from './answers';
import { heapAnswerIsCorrect, heapDifference, heapShapeProblem } from './mechanics/heap-puzzle';
import type { MakeJudgement } from './mechanics/make-puzzle';
import type { LevelQuestion } from './schema';

export const TRIES_PER_QUESTION = 3;

type SizeAnswer = Extract<PlayerAnswer, { kind: 'size' }>;

/** Whether a size answer matches the correct one (largest: the same set of expressions). */
export function sizeAnswerIsCorrect(given: SizeAnswer, correct: SizeAnswer): boolean {
  if (correct.bytes !== undefined) return given.bytes === correct.bytes;
  const want = correct.largest ?? [];
  const got = given.largest;
  return got !== undefined && got.length === want.length && got.every((e) => want.includes(e));
}

/** Level i of the campaign is playable when it is the first, its predecessor is won, or a win unlocked it. */
export function levelStates(
  orderedIds: readonly string[],
  progress: (levelId: string) => LevelProgress | undefined,
): Map<string, LevelState> {
  const states = new Map<string, LevelState>();
  orderedIds.forEach((id, index) => {
    const record = progress(id);
    const previous = index === 0 ? undefined : progress(orderedIds[index - 1]!);
    if (record?.completed) states.set(id, 'completed');
    else if (index === 0 || record?.unlocked || previous?.completed) states.set(id, 'open');
    else states.set(id, 'locked');
  });
  return states;
}

/** 3 stars for a clean win; each mistake or hint costs one. */
export function starsFor(mistakes: number, hintsUsed: number): Stars {
  return Math.max(0, 3 - mistakes - hintsUsed) as Stars;
}

/** Why an answer cannot even be judged (wrong kind, labels not offered by the question). */
export function answerShapeProblem(question: LevelQuestion, answer: PlayerAnswer): string | null {
  if (question.kind !== answer.kind) return `this question expects a ${question.kind} answer, not ${answer.kind}`;
  if (answer.kind === 'heap') return heapShapeProblem(answer);
  if (question.kind === 'make' && answer.kind === 'make') {
    if (answer.order.some((i) => i >= question.lines.length)) return 'a line that the question does not offer';
    if (new Set(answer.order).size !== answer.order.length) return 'a line is used more than once';
    return null;
  }
  if (answer.kind === 'leak' && new Set(answer.objects).size !== answer.objects.length) return 'a choice is listed more than once';
  const offered = question.kind === 'alias' ? question.targets : question.kind === 'freed' ? question.candidates : null;
  if (offered === null) return null;
  const given = answer.kind === 'alias' ? answer.groups.flat() : answer.kind === 'freed' ? [...answer.freed, ...answer.unreachable] : [];
  const unknown = given.find((label) => !offered.includes(label));
  if (unknown !== undefined) return `"${unknown}" is not one of the question's choices`;
  if (new Set(given).size !== given.length) return 'a choice is listed more than once';
  if (answer.kind === 'alias' && given.length !== offered.length) return 'every target must be placed in exactly one group';
  return null;
}

const sortedGroups = (groups: readonly (readonly string[])[]): string =>
  JSON.stringify(groups.map((group) => [...group].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!)));

/** Output is compared line by line, ignoring trailing spaces and trailing blank lines. */
export function normaliseOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((value, index) => value === [...b].sort()[index]);

/**
 * What an answer is checked against: the engine's answer, plus, for a make-this-heap question,
 * the judge that runs a player's order (many orders can end in the target state).
 */
export interface AnswerKey {
  readonly correct: PlayerAnswer;
  readonly judgeMake?: (order: readonly number[]) => MakeJudgement;
}

function judgeMakeAnswer(given: Extract<PlayerAnswer, { kind: 'make' }>, key: AnswerKey): MakeJudgement {
  // a make answer is never compared by its reference order alone: that would mark other
  // correct orders wrong, so a key without its judge is a programming error
  if (!key.judgeMake) throw new Error('a make-this-heap answer key needs its judge');
  return key.judgeMake(given.order);
}

export function isCorrect(given: PlayerAnswer, key: AnswerKey): boolean {
  const { correct } = key;
  switch (correct.kind) {
    case 'refcount':
      return given.kind === 'refcount' && given.count === correct.count;
    case 'alias':
      return given.kind === 'alias' && sortedGroups(given.groups) === sortedGroups(correct.groups);
    case 'output':
      return given.kind === 'output' && normaliseOutput(given.text) === normaliseOutput(correct.text);
    case 'identity':
      return given.kind === 'identity' && given.same === correct.same;
    case 'freed':
      return given.kind === 'freed' && sameSet(given.freed, correct.freed) && sameSet(given.unreachable, correct.unreachable);
    case 'collect':
      return given.kind === 'collect' && given.collected === correct.collected;
    case 'size':
      return given.kind === 'size' && sizeAnswerIsCorrect(given, correct);
    case 'heap':
      return given.kind === 'heap' && heapAnswerIsCorrect(given, correct);
    case 'make':
      return given.kind === 'make' && judgeMakeAnswer(given, key).right;
    case 'leak':
      return given.kind === 'leak' && sameSet(given.objects, correct.objects);
    default: {
      const never: never = correct;
      return never;
    }
  }
}

/**
 * What a wrong answer got wrong, for the kinds where showing it is the lesson: a drawing's
 * missing, misdirected and extra arrows; a made program's differences from the target.
 * Null for the other kinds (their answers would be given away).
 */
export function answerDiff(given: PlayerAnswer, key: AnswerKey): AnswerDiff | null {
  const { correct } = key;
  if (given.kind === 'heap' && correct.kind === 'heap') {
    const { missing, wrong, extra } = heapDifference(given, correct);
    return { kind: 'heap', missing, wrong, extra };
  }
  if (given.kind === 'make' && correct.kind === 'make') return { kind: 'make', notes: [...judgeMakeAnswer(given, key).notes] };
  return null;
}

/**
 * How many trace steps the player may read: everything once all questions are closed,
 * otherwise only the steps before the earliest step that would give away an open answer.
 */
/**
 * How many trace steps the player may read: never past the first step of an open question's
 * line, and, while any question is open, no further than the state after the lines of the
 * questions already answered (so a later step cannot give an open question away).
 */
export function unlockedSteps(solution: LevelSolution, statuses: readonly { readonly state: string }[]): number {
  let limit = solution.stepCount;
  let shown = 0;
  let anyOpen = false;
  let anyClosed = false;
  statuses.forEach((status, index) => {
    const q = solution.questions[index];
    if (status.state === 'open') {
      anyOpen = true;
      limit = Math.min(limit, q?.revealStep ?? 0);
    } else {
      anyClosed = true;
      shown = Math.max(shown, q?.shownStep ?? 0);
    }
  });
  if (anyOpen && anyClosed) limit = Math.min(limit, shown);
  return Math.max(0, limit);
}
