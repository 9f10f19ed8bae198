// The engine's answers as the classroom uses them. The level format may know a question kind
// the channel map's PlayerAnswer does not (yet); a player could never answer it, so packs with
// such a question are refused (see pack-check.ts) and every other answer is a PlayerAnswer.
import { playerAnswerSchema } from '../api';
import type { PlayerAnswer, QuestionKind } from '../api';
import type { LevelSolution } from '../levels/answers';
import type { AnswerKey } from '../levels/rules';

const PLAYABLE_KINDS: ReadonlySet<string> = new Set(playerAnswerSchema.options.map((option) => option.shape.kind.value));

export function isPlayableKind(kind: string): kind is QuestionKind {
  return PLAYABLE_KINDS.has(kind);
}

/** The correct answer to question `question` of a solved level, in the shape players submit. */
export function correctAnswer(solution: LevelSolution, question: number): PlayerAnswer {
  return answerKey(solution, question).correct;
}

/** What answers to question `question` of a solved level are checked against (see isCorrect). */
export function answerKey(solution: LevelSolution, question: number): AnswerKey {
  const solved = solution.questions[question];
  if (!solved || !isPlayableKind(solved.correct.kind)) throw new Error(`question ${question} has no answer a player can give`);
  return solved;
}
