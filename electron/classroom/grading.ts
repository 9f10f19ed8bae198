// The teacher's view of a class: every result file re-graded with the engine's answers for the
// pack. Nothing in a result is trusted but its answers; a file that is unreadable, for another
// pack, a duplicate or inconsistent with the pack is flagged and not counted.
import { isCorrect } from '../levels/rules';
import type { LevelSolution } from '../levels/answers';
import { questionPrompt } from '../levels/public-view';
import { describeAnswer } from './answer-text';
import type { GradedLevel, GradedStudent, GradeReport, QuestionStats, ResultFlag } from './api-types';
import type { ChallengePack } from './pack-format';
import { readResult, serializeResult } from './result-format';
import type { ChallengeResult } from './result-format';
import { tamperProblem } from './result-integrity';
import { answerKey } from './solved-answers';

/** A result file as opened: its bytes, or why it could not be read. */
export type ResultFileInput =
  | { readonly file: string; readonly contents: Uint8Array | string }
  | { readonly file: string; readonly readError: string };

const MAX_WRONG_ANSWERS_LISTED = 5;

interface Accepted {
  readonly file: string;
  readonly result: ChallengeResult;
}

function flag(file: string, kind: ResultFlag['kind'], message: string, profileName: string | null = null): ResultFlag {
  return { file, kind, message, profileName };
}

/** Reads and checks each file against the pack; returns the acceptable ones and the flags. */
function screen(pack: ChallengePack, solutions: readonly LevelSolution[], files: readonly ResultFileInput[]) {
  const flags: ResultFlag[] = [];
  const valid: Accepted[] = [];
  for (const input of files) {
    if ('readError' in input) {
      flags.push(flag(input.file, 'unreadable', `could not be read: ${input.readError}`));
      continue;
    }
    const reading = readResult(input.contents);
    if (!reading.ok) {
      flags.push(flag(input.file, 'malformed', reading.problem));
      continue;
    }
    const { result } = reading;
    if (result.packId !== pack.id) {
      flags.push(flag(input.file, 'other-pack', `answers another pack ("${result.packTitle}", id ${result.packId}), not "${pack.title}"`, result.profileName));
      continue;
    }
    const tampered = tamperProblem(result, pack, solutions);
    if (tampered) {
      flags.push(flag(input.file, 'tampered', `edited or damaged: ${tampered}`, result.profileName));
      continue;
    }
    valid.push({ file: input.file, result });
  }

  // identical copies: the first is counted, the copies flagged
  const byContent = new Map<string, Accepted>();
  const distinct: Accepted[] = [];
  for (const accepted of valid) {
    const key = serializeResult(accepted.result);
    const first = byContent.get(key);
    if (first) flags.push(flag(accepted.file, 'duplicate-file', `the same result as ${first.file}; counted once`, accepted.result.profileName));
    else {
      byContent.set(key, accepted);
      distinct.push(accepted);
    }
  }

  // different results under one player's name: the teacher decides, none is counted
  const byPlayer = new Map<string, Accepted[]>();
  for (const accepted of distinct) {
    const key = accepted.result.profileName.trim().toLowerCase();
    byPlayer.set(key, [...(byPlayer.get(key) ?? []), accepted]);
  }
  const counted: Accepted[] = [];
  for (const group of byPlayer.values()) {
    if (group.length === 1) {
      counted.push(group[0]!);
      continue;
    }
    const files = group.map((g) => g.file).join(', ');
    for (const accepted of group) {
      flags.push(flag(accepted.file, 'duplicate-player', `"${accepted.result.profileName}" handed in ${group.length} different results (${files}); none is counted`, accepted.result.profileName));
    }
  }
  return { counted, flags };
}

function gradeStudent(pack: ChallengePack, solutions: readonly LevelSolution[], { file, result }: Accepted): GradedStudent {
  const levels: GradedLevel[] = pack.levels.map((level, levelIndex) => {
    const mine = result.answers.filter((a) => a.levelId === level.id);
    let right = 0;
    let answered = 0;
    level.questions.forEach((_, q) => {
      const given = mine.filter((a) => a.question === q);
      if (given.length > 0) answered++;
      if (given.some((a) => isCorrect(a.answer, answerKey(solutions[levelIndex]!, q)))) right++;
    });
    const doneAtMs = mine.length > 0 ? Math.max(...mine.map((a) => a.atMs)) : null;
    const hints = result.hints.filter((h) => h.levelId === level.id).length;
    return { levelId: level.id, right, questions: level.questions.length, answered, hints, doneAtMs };
  });
  return {
    profileName: result.profileName,
    file,
    startedAt: result.startedAt,
    finishedAt: result.finishedAt,
    durationMs: Date.parse(result.finishedAt) - Date.parse(result.startedAt),
    totalRight: levels.reduce((sum, l) => sum + l.right, 0),
    totalQuestions: levels.reduce((sum, l) => sum + l.questions, 0),
    totalHints: levels.reduce((sum, l) => sum + l.hints, 0),
    levels,
  };
}

function questionStats(pack: ChallengePack, solutions: readonly LevelSolution[], counted: readonly Accepted[]): QuestionStats[] {
  const stats: (QuestionStats & { order: number })[] = [];
  pack.levels.forEach((level, levelIndex) => {
    level.questions.forEach((question, q) => {
      const key = answerKey(solutions[levelIndex]!, q);
      let right = 0;
      let unanswered = 0;
      const wrong = new Map<string, number>();
      for (const { result } of counted) {
        const given = result.answers.filter((a) => a.levelId === level.id && a.question === q);
        if (given.length === 0) unanswered++;
        for (const a of given) {
          if (isCorrect(a.answer, key)) right++;
          else wrong.set(describeAnswer(a.answer), (wrong.get(describeAnswer(a.answer)) ?? 0) + 1);
        }
      }
      const wrongAnswers = [...wrong.entries()]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
        .slice(0, MAX_WRONG_ANSWERS_LISTED);
      stats.push({
        order: stats.length,
        levelId: level.id,
        levelTitle: level.title,
        question: q,
        kind: question.kind,
        prompt: questionPrompt(question),
        correctAnswer: describeAnswer(key.correct),
        right,
        missed: counted.length - right,
        unanswered,
        wrongAnswers,
      });
    });
  });
  return stats.sort((a, b) => b.missed - a.missed || a.order - b.order).map(({ order: _order, ...rest }) => rest);
}

/** Grades result files against a pack whose answers the engine computed (`solutions[i]` for `pack.levels[i]`). */
export function gradeResults(pack: ChallengePack, solutions: readonly LevelSolution[], files: readonly ResultFileInput[]): GradeReport {
  const { counted, flags } = screen(pack, solutions, files);
  const students = counted
    .map((accepted) => gradeStudent(pack, solutions, accepted))
    .sort((a, b) => a.profileName.localeCompare(b.profileName) || a.file.localeCompare(b.file));
  return {
    pack: { id: pack.id, title: pack.title, levels: pack.levels.map((l) => ({ id: l.id, title: l.title, questionCount: l.questions.length })) },
    students,
    questions: questionStats(pack, solutions, counted),
    flags,
  };
}
