// classroom:* — challenge packs (import, export, list), a challenge in play under the current
// player, its result file, and the teacher's grading. The logic lives in electron/classroom/;
// this maps it onto channels and turns its refusals into ApiFailures.
import type { ChallengeAnswerResult, GradeReport, PackList } from '../classroom/api-types';
import {
  ChallengeRefusal, finishAttempt, newAttempt, questionCounts, recordAnswer, resultOf, suggestedResultName, takeHint,
} from '../classroom/challenge';
import type { ChallengeAttempt } from '../classroom/challenge';
import { challengeUnlockedSteps, challengeView, packSummary } from '../classroom/challenge-view';
import type { FileSource, PackSource } from '../classroom/channel-schemas';
import { ChosenFileError, readChosen, requireExtension, writeChosen } from '../classroom/chosen-files';
import { gradeResults } from '../classroom/grading';
import { checkPack } from '../classroom/pack-check';
import { campaignLevels, exportPack } from '../classroom/pack-export';
import { PACK_EXTENSION } from '../classroom/pack-format';
import type { ChallengePack } from '../classroom/pack-format';
import { reportCsv } from '../classroom/report-csv';
import { RESULT_EXTENSION, serializeResult } from '../classroom/result-format';
import { answerKey } from '../classroom/solved-answers';
import type { LevelSolution, LevelSolver } from '../levels/answers';
import { answerShapeProblem } from '../levels/rules';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type ClassroomChannels =
  | 'classroom:packs' | 'classroom:import-pack' | 'classroom:remove-pack' | 'classroom:export-pack'
  | 'classroom:start' | 'classroom:current' | 'classroom:answer' | 'classroom:hint' | 'classroom:trace'
  | 'classroom:finish' | 'classroom:save-result' | 'classroom:grade' | 'classroom:export-csv';

/** Runs `f`, turning the classroom modules' own refusals into API failures. */
async function refusing<T>(f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (error) {
    if (error instanceof ChallengeRefusal) throw new ApiFailure(error.code, error.message);
    if (error instanceof ChosenFileError) throw new ApiFailure('bad-argument', error.message);
    throw error;
  }
}

export function classroomHandlers(services: AppServices): Pick<HandlerTable, ClassroomChannels> {
  const { store, catalog, classroom } = services;
  const { packs, attempts } = classroom;

  const requireSolver = (): LevelSolver => {
    if (!services.solver) throw new ApiFailure('engine-unavailable', 'packs cannot be checked: the simulation engine is not available');
    return services.solver;
  };
  const requirePack = (packId: string): ChallengePack => {
    const pack = packs.get(packId);
    if (!pack) throw new ApiFailure('not-found', `no imported pack with id "${packId}"`);
    return pack;
  };
  const solutionsOf = (pack: ChallengePack): readonly LevelSolution[] => packs.solutionsOf(pack.id, requireSolver());
  const requireProfile = () => {
    const profile = store.activeProfile();
    if (!profile) throw new ApiFailure('no-profile', 'no player is selected: create or pick a player first');
    return profile;
  };
  const requireAttempt = (): ChallengeAttempt => {
    const attempt = attempts.get(requireProfile().id);
    if (!attempt) throw new ApiFailure('conflict', 'no challenge is in play: start one first');
    return attempt;
  };
  const levelIndexOf = (attempt: ChallengeAttempt, levelId: string): number => {
    const index = attempt.pack.levels.findIndex((level) => level.id === levelId);
    if (index < 0) throw new ApiFailure('not-found', `this challenge has no level "${levelId}"`);
    return index;
  };
  const list = (): PackList => ({ packs: packs.list().map(packSummary), problems: packs.problems });

  /** The pack to grade against and the engine's answers: a stored pack, or a pack file checked in full. */
  const gradingPack = async (source: PackSource): Promise<{ pack: ChallengePack; solutions: readonly LevelSolution[] }> => {
    if (source.kind === 'stored') {
      const pack = requirePack(source.packId);
      return { pack, solutions: solutionsOf(pack) };
    }
    const read = await readChosen(source, [PACK_EXTENSION]);
    if ('readError' in read) throw new ApiFailure('bad-argument', `the pack ${read.file} cannot be read: ${read.readError}`);
    const checked = checkPack(read.contents, requireSolver());
    if (!checked.ok) throw new ApiFailure('bad-argument', `the pack ${read.file} is refused: ${checked.problems.join('; ')}`);
    return checked;
  };
  const grade = async (source: PackSource, results: readonly FileSource[]): Promise<GradeReport> => {
    const { pack, solutions } = await gradingPack(source);
    const files = await Promise.all(results.map((result) => readChosen(result, [RESULT_EXTENSION])));
    return gradeResults(pack, solutions, files, { nowMs: classroom.now() });
  };

  return {
    'classroom:packs': list,

    'classroom:import-pack': ({ file }) =>
      refusing(async () => {
        const read = await readChosen(file, [PACK_EXTENSION]);
        if ('readError' in read) return { status: 'refused', problems: [`${read.file}: ${read.readError}`] } as const;
        const outcome = await packs.importBytes(read.contents, requireSolver());
        return outcome.status === 'refused' ? outcome : { status: outcome.status, pack: packSummary(outcome.pack) };
      }),

    'classroom:remove-pack': async ({ packId }) => {
      requirePack(packId);
      // a challenge of a removed pack cannot go on (its answers went with it)
      for (const [profileId, attempt] of attempts) {
        if (attempt.pack.id === packId) attempts.delete(profileId);
      }
      await packs.remove(packId);
      await classroom.save();
      return list();
    },

    'classroom:export-pack': ({ levels, title, timeLimitMinutes, rules, path }) =>
      refusing(async () => {
        requireExtension(path, [PACK_EXTENSION]);
        let definitions = levels.kind === 'campaign' ? [] : levels.levels;
        if (levels.kind !== 'edited') {
          const found = campaignLevels(catalog, levels.levelIds);
          if (found.missing.length > 0) throw new ApiFailure('not-found', `no campaign level with id ${found.missing.map((id) => `"${id}"`).join(', ')}`);
          definitions = [...found.levels, ...definitions];
        }
        const exported = exportPack(definitions, { title, rules, ...(timeLimitMinutes === undefined ? {} : { timeLimitMinutes }) }, requireSolver());
        if (!exported.ok) return { status: 'refused', problems: exported.problems } as const;
        const bytes = await writeChosen(path, exported.text, PACK_EXTENSION);
        await packs.store(exported.pack, exported.solutions);
        return { status: 'exported', path, bytes, pack: packSummary(exported.pack) } as const;
      }),

    'classroom:start': async ({ packId }) => {
      const profile = requireProfile();
      const pack = requirePack(packId);
      const solutions = solutionsOf(pack);
      const current = attempts.get(profile.id);
      if (current && current.finishedAtMs === null) {
        if (current.pack.id === packId) return challengeView(current, solutions);
        throw new ApiFailure('conflict', `finish the challenge "${current.pack.title}" first`);
      }
      const attempt = newAttempt(pack, profile.name, classroom.now());
      attempts.set(profile.id, attempt);
      await classroom.save();
      return challengeView(attempt, solutions);
    },

    'classroom:current': () => {
      const attempt = attempts.get(requireProfile().id);
      return attempt ? challengeView(attempt, solutionsOf(attempt.pack)) : null;
    },

    'classroom:answer': ({ levelId, question, answer }) =>
      refusing(async (): Promise<ChallengeAnswerResult> => {
        const attempt = requireAttempt();
        const levelIndex = levelIndexOf(attempt, levelId);
        const asked = attempt.pack.levels[levelIndex]!.questions[question];
        if (!asked) throw new ApiFailure('not-found', `level "${levelId}" has no question ${question}`);
        const shape = answerShapeProblem(asked, answer);
        if (shape) throw new ApiFailure('bad-argument', shape);
        const solution = solutionsOf(attempt.pack)[levelIndex]!;
        const { verdict, status } = recordAnswer(attempt, levelId, question, answer, answerKey(solution, question), classroom.now());
        const { answered, total } = questionCounts(attempt);
        await classroom.save();
        return { ...verdict, status, unlockedSteps: challengeUnlockedSteps(attempt, levelId, solution), answeredQuestions: answered, totalQuestions: total };
      }),

    'classroom:hint': ({ levelId }) =>
      refusing(async () => {
        const hint = takeHint(requireAttempt(), levelId, classroom.now());
        await classroom.save();
        return hint;
      }),

    'classroom:trace': ({ levelId, from, count }) => {
      const attempt = requireAttempt();
      const solution = solutionsOf(attempt.pack)[levelIndexOf(attempt, levelId)]!;
      const limit = challengeUnlockedSteps(attempt, levelId, solution);
      const steps = [];
      for (let index = from; index < Math.min(limit, from + count); index++) steps.push({ index, data: solution.step(index) });
      return { steps, unlockedSteps: limit, fullyUnlocked: limit === solution.stepCount };
    },

    'classroom:finish': () =>
      refusing(async () => {
        const attempt = requireAttempt();
        finishAttempt(attempt, classroom.now());
        await classroom.save();
        return { view: challengeView(attempt, solutionsOf(attempt.pack)), suggestedFileName: suggestedResultName(attempt) };
      }),

    'classroom:save-result': ({ path }) =>
      refusing(async () => {
        const result = resultOf(requireAttempt());
        return { path, bytes: await writeChosen(path, serializeResult(result), RESULT_EXTENSION) };
      }),

    'classroom:grade': ({ pack, results }) => refusing(() => grade(pack, results)),

    'classroom:export-csv': ({ pack, results, path }) =>
      refusing(async () => {
        requireExtension(path, ['.csv']);
        const report = await grade(pack, results);
        return { path, bytes: await writeChosen(path, reportCsv(report), '.csv') };
      }),
  };
}
