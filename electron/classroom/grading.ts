// The teacher's view of a class: every result file re-graded with the engine's answers for the
// pack. Nothing in a result is trusted but its answers; what looks wrong about a file (its
// integrity record, the pack's rules, its times, its name, a classmate's identical history) is
// flagged beside its row (result-flags.ts), and a file that cannot be graded is listed apart.
import { isCorrect } from '../levels/rules';
import type { LevelSolution } from '../levels/answers';
import { questionPrompt } from '../levels/public-view';
import { describeAnswer } from './answer-text';
import type { GradedLevel, GradedStudent, GradeReport, QuestionStats, ResultFlag } from './api-types';
import type { ChallengePack } from './pack-format';
import { readResult, serializeResult } from './result-format';
import { flagAcrossFiles, flagOwnRecord, type ScreenedFile } from './result-flags';
import { answerKey } from './solved-answers';

/** A result file as opened: its bytes, or why it could not be read. */
export type ResultFileInput =
  | { readonly file: string; readonly contents: Uint8Array | string }
  | { readonly file: string; readonly readError: string };

export interface GradeOptions {
  /** the grading machine's clock, for results dated in the future (tests fix it) */
  readonly nowMs?: number;
}

const MAX_WRONG_ANSWERS_LISTED = 5;

function flag(file: string, kind: ResultFlag['kind'], message: string, profileName: string | null = null): ResultFlag {
  return { file, kind, message, profileName };
}

/**
 * Reads each file and checks it against the pack and the class. A file that cannot be graded
 * (unreadable, not a result, another pack) is only flagged; an identical copy is flagged and
 * shown once; every other file is graded and shown with its flags, so one student's bad file
 * never hides another's result.
 */
function screen(pack: ChallengePack, solutions: readonly LevelSolution[], files: readonly ResultFileInput[], nowMs: number) {
  const flags: ResultFlag[] = [];
  const valid: ScreenedFile[] = [];
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
    valid.push({ file: input.file, result });
  }

  // identical copies: the first is graded, the copies flagged
  const byContent = new Map<string, ScreenedFile>();
  const distinct: ScreenedFile[] = [];
  for (const entry of valid) {
    const key = serializeResult(entry.result);
    const first = byContent.get(key);
    if (first) flags.push(flag(entry.file, 'duplicate-file', `the same result as ${first.file}; shown once`, entry.result.profileName));
    else {
      byContent.set(key, entry);
      distinct.push(entry);
    }
  }

  const flagsOf = new Map<ScreenedFile, ResultFlag[]>(distinct.map((entry) => [entry, []]));
  const sink = (entry: ScreenedFile, kind: ResultFlag['kind'], message: string) => {
    const raised = flag(entry.file, kind, message, entry.result.profileName);
    flagsOf.get(entry)!.push(raised);
    flags.push(raised);
  };
  for (const entry of distinct) flagOwnRecord(entry, pack, solutions, nowMs, sink);
  flagAcrossFiles(distinct, sink);
  return { graded: distinct.map((entry) => ({ ...entry, flags: flagsOf.get(entry)! })), flags };
}

type Graded = ScreenedFile & { readonly flags: readonly ResultFlag[] };

function gradeStudent(pack: ChallengePack, solutions: readonly LevelSolution[], { file, result, flags }: Graded): GradedStudent {
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
    flags,
  };
}

function questionStats(pack: ChallengePack, solutions: readonly LevelSolution[], counted: readonly ScreenedFile[]): QuestionStats[] {
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

/**
 * Grades result files against a pack whose answers the engine computed (`solutions[i]` for
 * `pack.levels[i]`). Every gradable file is a row, flagged or not; the question statistics
 * count only the unflagged ones, so a suspect file does not shift what the class got wrong.
 */
export function gradeResults(pack: ChallengePack, solutions: readonly LevelSolution[], files: readonly ResultFileInput[], options: GradeOptions = {}): GradeReport {
  const { graded, flags } = screen(pack, solutions, files, options.nowMs ?? Date.now());
  const counted = graded.filter((entry) => entry.flags.length === 0);
  const students = graded
    .map((entry) => gradeStudent(pack, solutions, entry))
    .sort((a, b) => a.profileName.localeCompare(b.profileName) || a.file.localeCompare(b.file));
  return {
    pack: { id: pack.id, title: pack.title, levels: pack.levels.map((l) => ({ id: l.id, title: l.title, questionCount: l.questions.length })) },
    students,
    questions: questionStats(pack, solutions, counted),
    flags,
  };
}
