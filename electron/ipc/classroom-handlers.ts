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
import { readPack, type CheckedPack, type PackProgress } from '../classroom/pack-check';
import { campaignLevels } from '../classroom/pack-export';
import { createPack, PACK_EXTENSION, serializePack } from '../classroom/pack-format';
import type { ChallengePack } from '../classroom/pack-format';
import { reportCsv } from '../classroom/report-csv';
import { RESULT_EXTENSION, serializeResult } from '../classroom/result-format';
import { answerKey } from '../classroom/solved-answers';
import type { LevelSolution } from '../levels/answers';
import { answerShapeProblem } from '../levels/rules';
import { EngineStopped, type EngineWorkers, type JobOptions } from '../worker/engine-workers';
import { engineWork, keyFor, requireEngine, traceSteps } from './engine-calls';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type ClassroomChannels =
  | 'classroom:packs' | 'classroom:import-pack' | 'classroom:import-progress' | 'classroom:cancel-import'
  | 'classroom:remove-pack' | 'classroom:export-pack'
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

  const engine = (): EngineWorkers => requireEngine(services.engine, 'packs cannot be checked');
  /** A pack check in a worker; a stopped worker is a refusal that says why, like any other problem. */
  const checked = async (run: () => Promise<CheckedPack>): Promise<CheckedPack> => {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof EngineStopped)) throw error;
      if (error.reason === 'cancelled') return { ok: false, problems: ['the check was cancelled'] };
      return { ok: false, problems: [`the pack is refused: ${error.message} while checking it`] };
    }
  };
  /**
   * A pack file's full check: its bytes read and validated here (bounded JSON and the schema:
   * quick, and a malformed file is refused at once), its programs run in an engine process.
   */
  const checkPackFile = (input: Uint8Array | string, options: JobOptions = {}): Promise<CheckedPack> => {
    const reading = readPack(input);
    if (!reading.ok) return Promise.resolve(reading);
    const running = engine();
    return checked(() => running.run({ kind: 'solve-pack', pack: reading.pack }, options));
  };
  /** The one pack import in progress: which level its check is on, and how to cancel it. */
  let importing: { readonly controller: AbortController; progress: PackProgress | null } | null = null;
  const requirePack = (packId: string): ChallengePack => {
    const pack = packs.get(packId);
    if (!pack) throw new ApiFailure('not-found', `no imported pack with id "${packId}"`);
    return pack;
  };
  const solutionsOf = (pack: ChallengePack): Promise<readonly LevelSolution[]> =>
    engineWork(`the pack "${pack.title}" cannot be solved`, () => packs.solutionsOf(pack.id, (stored) => engine().run({ kind: 'solve-pack', pack: stored })));
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

  /** Every result re-graded in a worker against a stored pack, or a pack file checked there in full. */
  const grade = async (source: PackSource, results: readonly FileSource[]): Promise<GradeReport> => {
    let pack: { stored: ChallengePack } | { input: Uint8Array | string };
    let name: string;
    if (source.kind === 'stored') {
      const stored = requirePack(source.packId);
      pack = { stored };
      name = `"${stored.title}"`;
    } else {
      const read = await readChosen(source, [PACK_EXTENSION]);
      if ('readError' in read) throw new ApiFailure('bad-argument', `the pack ${read.file} cannot be read: ${read.readError}`);
      const reading = readPack(read.contents);
      if (!reading.ok) throw new ApiFailure('bad-argument', `the pack ${read.file} is refused: ${reading.problems.join('; ')}`);
      pack = { stored: reading.pack };
      name = read.file;
    }
    const files = await Promise.all(results.map((result) => readChosen(result, [RESULT_EXTENSION])));
    const outcome = await engineWork('the results cannot be graded', () => engine().run({ kind: 'grade', pack, files, nowMs: classroom.now() }));
    if (!outcome.ok) throw new ApiFailure('bad-argument', `the pack ${name} is refused: ${outcome.problems.join('; ')}`);
    return outcome.report;
  };

  return {
    'classroom:packs': list,

    'classroom:import-pack': ({ file }) =>
      refusing(async () => {
        const read = await readChosen(file, [PACK_EXTENSION]);
        if ('readError' in read) return { status: 'refused', problems: [`${read.file}: ${read.readError}`] } as const;
        engine();
        if (importing) throw new ApiFailure('conflict', 'a pack is being checked already: wait for it or cancel it');
        const current = { controller: new AbortController(), progress: null as PackProgress | null };
        importing = current;
        try {
          const outcome = await packs.importBytes(read.contents, (input) =>
            checkPackFile(input, { signal: current.controller.signal, onProgress: (p) => (current.progress = p) }),
          );
          return outcome.status === 'refused' ? outcome : { status: outcome.status, pack: packSummary(outcome.pack) };
        } finally {
          importing = null;
        }
      }),

    'classroom:import-progress': () =>
      importing ? { checking: true, ...(importing.progress ?? { level: 0, levels: 0, title: '' }) } : { checking: false, level: 0, levels: 0, title: '' },

    'classroom:cancel-import': () => {
      if (!importing) return { cancelled: false };
      importing.controller.abort();
      return { cancelled: true };
    },

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
        // checked exactly as an importer will check it, so a teacher never hands out a pack students refuse
        const text = serializePack(createPack(definitions, { title, rules, ...(timeLimitMinutes === undefined ? {} : { timeLimitMinutes }) }));
        const exported = await checkPackFile(text);
        if (!exported.ok) return { status: 'refused', problems: exported.problems } as const;
        const bytes = await writeChosen(path, serializePack(exported.pack), PACK_EXTENSION);
        await packs.store(exported.pack, exported.solutions);
        return { status: 'exported', path, bytes, pack: packSummary(exported.pack) } as const;
      }),

    'classroom:start': async ({ packId }) => {
      const profile = requireProfile();
      const pack = requirePack(packId);
      const solutions = await solutionsOf(pack);
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

    'classroom:current': async () => {
      const attempt = attempts.get(requireProfile().id);
      return attempt ? challengeView(attempt, await solutionsOf(attempt.pack)) : null;
    },

    'classroom:answer': ({ levelId, question, answer }) =>
      refusing(async (): Promise<ChallengeAnswerResult> => {
        const attempt = requireAttempt();
        const levelIndex = levelIndexOf(attempt, levelId);
        const asked = attempt.pack.levels[levelIndex]!.questions[question];
        if (!asked) throw new ApiFailure('not-found', `level "${levelId}" has no question ${question}`);
        const shape = answerShapeProblem(asked, answer);
        if (shape) throw new ApiFailure('bad-argument', shape);
        const solution = (await solutionsOf(attempt.pack))[levelIndex]!;
        const key = await keyFor(engine(), asked, answer, answerKey(solution, question));
        const { verdict, status } = recordAnswer(attempt, levelId, question, answer, key, classroom.now());
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

    'classroom:trace': async ({ levelId, from, count }) => {
      const attempt = requireAttempt();
      const levelIndex = levelIndexOf(attempt, levelId);
      const solution = (await solutionsOf(attempt.pack))[levelIndex]!;
      const limit = challengeUnlockedSteps(attempt, levelId, solution);
      const steps = await traceSteps(services.engine, attempt.pack.levels[levelIndex]!.code, from, Math.min(limit, from + count) - from);
      return { steps, unlockedSteps: limit, fullyUnlocked: limit === solution.stepCount };
    },

    'classroom:finish': () =>
      refusing(async () => {
        const attempt = requireAttempt();
        finishAttempt(attempt, classroom.now());
        await classroom.save();
        return { view: challengeView(attempt, await solutionsOf(attempt.pack)), suggestedFileName: suggestedResultName(attempt) };
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
