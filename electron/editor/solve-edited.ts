// The engine's answers to an edited level's questions, checked exactly as a student's import
// will check the pack (subset, step budget, playable question kinds, every question answerable),
// so what the editor accepts is what students can play.
import { describeAnswer } from '../classroom/answer-text';
import { solvePack } from '../classroom/pack-check';
import { createPack } from '../classroom/pack-format';
import { correctAnswer } from '../classroom/solved-answers';
import type { LevelSolver } from '../levels/answers';
import type { LevelDefinition } from '../levels/schema';
import type { EditorSolveResult } from './api-types';

export function solveEditedLevel(level: LevelDefinition, solver: LevelSolver): EditorSolveResult {
  const pack = createPack([level], { title: level.title, rules: { hints: true, attemptsPerQuestion: 3 } });
  const checked = solvePack(pack, solver);
  if (!checked.ok) return { status: 'refused', problems: checked.problems.map((problem) => problem.replace(/^level 1 \("[^"]*"\): /, '')) };
  const solution = checked.solutions[0]!;
  return {
    status: 'solved',
    answers: solution.questions.map((solved, question) => ({
      question,
      answer: describeAnswer(correctAnswer(solution, question)),
      explanation: solved.explanation,
    })),
  };
}
