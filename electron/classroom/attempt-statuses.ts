// The question states of a saved attempt, checked against its pack: one state per question of
// every level. Damaged states are rebuilt from the attempt's answers, conservatively: a question
// is closed when its tries are used up (or after its one answer); whether an earlier try was
// right is not known without the engine, so such a question stays open with its tries counted.
import { z } from 'zod';
import type { ChallengeQuestionState } from './api-types';
import type { ChallengePack } from './pack-format';
import type { ResultAnswer } from './result-format';

const questionState = z.union([
  z.strictObject({ state: z.literal('open'), tries: z.int().min(0) }),
  z.strictObject({ state: z.literal('closed'), tries: z.int().min(0), verdict: z.enum(['recorded', 'right', 'out-of-tries']) }),
]);
const statusesSchema = z.array(z.tuple([z.string(), z.array(questionState)]));

export function readAttemptStatuses(
  value: unknown,
  pack: ChallengePack,
  answers: readonly ResultAnswer[],
): { readonly statuses: Map<string, ChallengeQuestionState[]>; readonly rebuilt: boolean } {
  const parsed = statusesSchema.safeParse(value);
  if (parsed.success) {
    const statuses = new Map(parsed.data);
    const fits = statuses.size === pack.levels.length && pack.levels.every((level) => statuses.get(level.id)?.length === level.questions.length);
    if (fits) return { statuses, rebuilt: false };
  }
  return { statuses: statusesFromAnswers(pack, answers), rebuilt: true };
}

function statusesFromAnswers(pack: ChallengePack, answers: readonly ResultAnswer[]): Map<string, ChallengeQuestionState[]> {
  const allowed = pack.rules.attemptsPerQuestion;
  return new Map(
    pack.levels.map((level) => [
      level.id,
      level.questions.map((_, q): ChallengeQuestionState => {
        const tries = answers.filter((a) => a.levelId === level.id && a.question === q).length;
        if (allowed === 1 && tries > 0) return { state: 'closed', tries, verdict: 'recorded' };
        if (tries >= allowed) return { state: 'closed', tries, verdict: 'out-of-tries' };
        return { state: 'open', tries };
      }),
    ]),
  );
}
