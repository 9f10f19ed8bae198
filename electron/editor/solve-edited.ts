// The engine's answers to an edited level's questions, checked exactly as a student's import
// will check the pack (subset, step budget, playable question kinds, every question answerable),
// so what the editor accepts is what students can play.
import type { PlayerAnswer } from '../api';
import { describeAnswer } from '../classroom/answer-text';
import { solvePack } from '../classroom/pack-check';
import { createPack } from '../classroom/pack-format';
import { answerKey, correctAnswer } from '../classroom/solved-answers';
import type { LevelSolution, LevelSolver } from '../levels/answers';
import { answerShapeProblem, isCorrect } from '../levels/rules';
import { publicQuestions } from '../levels/public-view';
import type { LevelDefinition } from '../levels/schema';
import type { EditorAnswerCheck, EditorSolveResult } from './api-types';

export class EditedLevelRefused extends Error {}

type Solved = { readonly ok: true; readonly solution: LevelSolution } | { readonly ok: false; readonly problems: readonly string[] };

function solve(level: LevelDefinition, solver: LevelSolver): Solved {
  const pack = createPack([level], { title: level.title, rules: { hints: true, attemptsPerQuestion: 3 } });
  const checked = solvePack(pack, solver);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((problem) => problem.replace(/^level 1 \("[^"]*"\): /, '')) };
  return { ok: true, solution: checked.solutions[0]! };
}

export function solveEditedLevel(level: LevelDefinition, solver: LevelSolver): EditorSolveResult {
  const solved = solve(level, solver);
  if (!solved.ok) return { status: 'refused', problems: solved.problems };
  const { solution } = solved;
  return {
    status: 'solved',
    answers: solution.questions.map((question, index) => ({
      question: index,
      answer: describeAnswer(correctAnswer(solution, index)),
      correct: correctAnswer(solution, index),
      explanation: question.explanation,
    })),
    questions: publicQuestions(level),
  };
}

/** Checks a test run's answer; the level is solved once and kept while it is unchanged. */
export class EditedLevelChecker {
  private last: { readonly key: string; readonly solved: Solved } | null = null;

  constructor(private readonly solver: LevelSolver) {}

  check(level: LevelDefinition, question: number, answer: PlayerAnswer): EditorAnswerCheck {
    const key = JSON.stringify(level);
    if (this.last?.key !== key) this.last = { key, solved: solve(level, this.solver) };
    const { solved } = this.last;
    if (!solved.ok) throw new EditedLevelRefused(`the level cannot be played: ${solved.problems.join('; ')}`);
    const asked = level.questions[question];
    if (!asked) throw new EditedLevelRefused(`the level has no question ${question + 1}`);
    const shape = answerShapeProblem(asked, answer);
    if (shape) throw new EditedLevelRefused(shape);
    const answerTo = answerKey(solved.solution, question);
    if (!isCorrect(answer, answerTo)) return { right: false };
    return { right: true, correct: answerTo.correct, explanation: solved.solution.questions[question]!.explanation };
  }
}
