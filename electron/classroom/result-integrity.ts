// Whether a well-formed result file could have come from this app playing this pack. The app
// records answers in time order, within the pack's tries and time limit, only for questions the
// pack asks and in the shape each question takes; anything else was edited by hand.
import { answerShapeProblem, isCorrect } from '../levels/rules';
import type { LevelSolution } from '../levels/answers';
import { TIME_GRACE_MS } from './limits';
import type { ChallengePack } from './pack-format';
import type { ChallengeResult } from './result-format';
import { answerKey } from './solved-answers';

/** The first sign of tampering, or null when the file is consistent with the pack. */
export function tamperProblem(result: ChallengeResult, pack: ChallengePack, solutions: readonly LevelSolution[]): string | null {
  if (result.packTitle !== pack.title) return `its pack title "${result.packTitle}" is not the pack's ("${pack.title}")`;
  const started = Date.parse(result.startedAt);
  const finished = Date.parse(result.finishedAt);
  if (finished < started) return 'it finished before it started';
  const duration = finished - started;
  const limitMs = pack.timeLimitMinutes === undefined ? null : pack.timeLimitMinutes * 60_000;

  const tries = new Map<string, number>();
  const solved = new Set<string>();
  let previousMs = 0;
  for (const [n, given] of result.answers.entries()) {
    const where = `answer ${n + 1}`;
    if (given.atMs < previousMs) return `${where}: its time (${given.atMs} ms) is before the previous answer's`;
    previousMs = given.atMs;
    if (given.atMs > duration + TIME_GRACE_MS) return `${where}: given after the challenge finished`;
    if (limitMs !== null && given.atMs > limitMs + TIME_GRACE_MS) return `${where}: given after the time limit`;
    const levelIndex = pack.levels.findIndex((level) => level.id === given.levelId);
    const question = pack.levels[levelIndex]?.questions[given.question];
    if (!question) return `${where}: the pack has no question ${given.question} in a level "${given.levelId}"`;
    const shape = answerShapeProblem(question, given.answer);
    if (shape) return `${where}: ${shape}`;
    const key = `${given.levelId}\u0000${given.question}`;
    if (solved.has(key)) return `${where}: question ${given.question} of "${given.levelId}" was already answered right`;
    const count = (tries.get(key) ?? 0) + 1;
    if (count > pack.rules.attemptsPerQuestion) {
      return `${where}: more answers to question ${given.question} of "${given.levelId}" than the ${pack.rules.attemptsPerQuestion} the pack allows`;
    }
    tries.set(key, count);
    if (isCorrect(given.answer, answerKey(solutions[levelIndex]!, given.question))) solved.add(key);
  }
  return hintProblem(result, pack, duration, limitMs);
}

/** Hints are recorded in time order, each level's in order from its first, only when allowed. */
function hintProblem(result: ChallengeResult, pack: ChallengePack, duration: number, limitMs: number | null): string | null {
  if (result.hints.length > 0 && !pack.rules.hints) return 'it records hints, but the pack switches hints off';
  const taken = new Map<string, number>();
  let previousMs = 0;
  for (const [n, hint] of result.hints.entries()) {
    const where = `hint ${n + 1}`;
    if (hint.atMs < previousMs) return `${where}: its time (${hint.atMs} ms) is before the previous hint's`;
    previousMs = hint.atMs;
    if (hint.atMs > duration + TIME_GRACE_MS) return `${where}: taken after the challenge finished`;
    if (limitMs !== null && hint.atMs > limitMs + TIME_GRACE_MS) return `${where}: taken after the time limit`;
    const level = pack.levels.find((l) => l.id === hint.levelId);
    if (!level) return `${where}: the pack has no level "${hint.levelId}"`;
    const expected = taken.get(hint.levelId) ?? 0;
    if (hint.index !== expected) return `${where}: hint ${hint.index + 1} of "${hint.levelId}" out of order (hint ${expected + 1} comes next)`;
    if (hint.index >= level.hints.length) return `${where}: "${hint.levelId}" has only ${level.hints.length} hints`;
    taken.set(hint.levelId, expected + 1);
  }
  return null;
}
