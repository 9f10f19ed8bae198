// A make-this-heap answer is right when the player's program ends in the target state, and
// many orders can do that: deciding needs the question's pool and target, which the correct
// answer (an order, in the player's shape) does not carry. The solver files a judge for each
// correct make answer it computes; the rules ask it. Without one (an answer object that did
// not come from the solver), only the reference order itself counts as right.
import type { PlayerAnswer } from '../../api';
import { judgeMake, type MakeAnswer, type MakeJudgement, type MakeQuestion } from './make-puzzle';

const judges = new WeakMap<MakeAnswer, (order: readonly number[]) => MakeJudgement>();

export function fileMakeJudge(correct: MakeAnswer, question: MakeQuestion): MakeAnswer {
  judges.set(correct, (order) => judgeMake(question, order));
  return correct;
}

export function judgeMakeAnswer(given: Extract<PlayerAnswer, { kind: 'make' }>, correct: MakeAnswer): MakeJudgement {
  const judge = judges.get(correct);
  if (judge) return judge(given.order);
  const same = given.order.length === correct.order.length && given.order.every((i, k) => i === correct.order[k]);
  return { right: same, notes: same ? [] : ['These lines, in this order, are not the reference program.'] };
}
