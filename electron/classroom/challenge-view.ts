// What the renderer sees of packs and of a challenge in play: prompts, states and verdicts,
// never a correct answer.
import type { LevelSolution } from '../levels/answers';
import { unlockedSteps } from '../levels/rules';
import type { ChallengeLevelView, ChallengeView, PackSummary } from './api-types';
import { hintsTaken, questionCounts } from './challenge';
import type { ChallengeAttempt } from './challenge';
import type { ChallengePack } from './pack-format';

export function packSummary(pack: ChallengePack): PackSummary {
  return {
    id: pack.id,
    title: pack.title,
    createdAt: pack.createdAt,
    timeLimitMinutes: pack.timeLimitMinutes ?? null,
    rules: { ...pack.rules },
    levels: pack.levels.map((level) => ({ id: level.id, title: level.title, questionCount: level.questions.length })),
  };
}

/**
 * Trace steps of a level the player may read: all once the challenge is finished, otherwise
 * those before the first step that would give away an open question's answer.
 */
export function challengeUnlockedSteps(attempt: ChallengeAttempt, levelId: string, solution: LevelSolution): number {
  if (attempt.finishedAtMs !== null) return solution.stepCount;
  return unlockedSteps(solution, attempt.statuses.get(levelId) ?? []);
}

export function challengeView(attempt: ChallengeAttempt, solutions: readonly LevelSolution[]): ChallengeView {
  const { pack } = attempt;
  const levels: ChallengeLevelView[] = pack.levels.map((level, index) => ({
    id: level.id,
    title: level.title,
    intro: level.intro,
    concepts: level.concepts,
    difficulty: level.difficulty,
    code: level.code,
    questions: [...solutions[index]!.publicQuestions],
    status: [...(attempt.statuses.get(level.id) ?? [])],
    hintsShown: level.hints.slice(0, hintsTaken(attempt, level.id)),
    hintCount: pack.rules.hints ? level.hints.length : 0,
    unlockedSteps: challengeUnlockedSteps(attempt, level.id, solutions[index]!),
  }));
  const { answered, total } = questionCounts(attempt);
  return {
    packId: pack.id,
    title: pack.title,
    rules: { ...pack.rules },
    timeLimitMinutes: pack.timeLimitMinutes ?? null,
    startedAt: new Date(attempt.startedAtMs).toISOString(),
    deadline: attempt.deadlineMs === null ? null : new Date(attempt.deadlineMs).toISOString(),
    finishedAt: attempt.finishedAtMs === null ? null : new Date(attempt.finishedAtMs).toISOString(),
    profileName: attempt.profileName,
    levels,
    answeredQuestions: answered,
    totalQuestions: total,
  };
}
