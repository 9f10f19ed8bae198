// levels:* — the map, opening a level, answering, hints and the gated trace.
// The gate: an open question's answer and the trace steps that would reveal it stay in main
// until the player commits an answer that closes the question.
import type { AnswerResult, LevelCompletion, LevelSummary, LevelView, WorldSummary } from '../api';
import type { LevelSolution } from '../levels/answers';
import { campaignOrder, findLevel } from '../levels/catalog';
import type { CatalogLevel } from '../levels/catalog';
import { publicQuestions } from '../levels/public-view';
import {
  answerDiff, answerShapeProblem, isCorrect, levelStates, starsFor, TRIES_PER_QUESTION, unlockedSteps,
} from '../levels/rules';
import type { LevelRun } from '../levels/runs';
import { engineWork, keyFor, requireEngine, traceSteps } from './engine-calls';
import { otherVersionsOf, versionsThatDiffer } from '../levels/versions/other-versions';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type LevelChannels = 'levels:list' | 'levels:open' | 'levels:answer' | 'levels:trace' | 'levels:hint';

export function levelHandlers(services: AppServices): Pick<HandlerTable, LevelChannels> {
  const { store, catalog, runs } = services;
  const orderedIds = () => campaignOrder(catalog).map((level) => level.definition.id);

  const currentStates = () =>
    levelStates(orderedIds(), (id) => (store.activeProfileId ? store.levelProgress(id) : undefined));

  const requireProfile = (): string => {
    const id = store.activeProfileId;
    if (id === null) throw new ApiFailure('no-profile', 'no player is selected: create or pick a player first');
    return id;
  };

  const requireLevel = (levelId: string): CatalogLevel => {
    const level = findLevel(catalog, levelId);
    if (!level) throw new ApiFailure('not-found', `no level with id "${levelId}"`);
    return level;
  };

  const requireRun = (levelId: string): { level: CatalogLevel; run: LevelRun } => {
    const level = requireLevel(levelId);
    const run = runs.get(requireProfile(), levelId);
    if (!run) throw new ApiFailure('conflict', `level "${levelId}" is not open: call levels:open first`);
    return { level, run };
  };

  /** The level's answers, solved in an engine worker once and kept (answers only, never the trace). */
  const solutionOf = async (level: CatalogLevel): Promise<LevelSolution | null> => {
    const cached = services.solutions.get(level.definition.id);
    if (cached) return cached;
    if (!services.engine) return null;
    const engine = services.engine;
    const solution = await engineWork(`"${level.definition.title}" cannot be solved`, () => engine.run({ kind: 'solve-level', level: level.definition }));
    services.solutions.set(level.definition.id, solution);
    return solution;
  };

  const requireSolution = async (level: CatalogLevel): Promise<LevelSolution> => {
    const solution = await solutionOf(level);
    if (!solution) throw new ApiFailure('engine-unavailable', 'answers cannot be checked: the simulation engine is not available yet');
    return solution;
  };

  const gate = (solution: LevelSolution | null, run: LevelRun): number => (solution ? unlockedSteps(solution, run.statuses) : 0);

  const complete = async (level: CatalogLevel, run: LevelRun): Promise<LevelCompletion> => {
    const ids = orderedIds();
    const nextId = ids[ids.indexOf(level.definition.id) + 1] ?? null;
    const wasLocked = nextId !== null && currentStates().get(nextId) === 'locked';
    const stars = starsFor(run.mistakes, run.hintsShown);
    await store.recordCompletion(level.definition.id, stars, nextId);
    return { stars, bestStars: store.levelProgress(level.definition.id).bestStars, unlockedLevelId: wasLocked ? nextId : null };
  };

  return {
    'levels:list': () => {
      const states = currentStates();
      const worlds: WorldSummary[] = catalog.worlds.map((world) => {
        const levels: LevelSummary[] = world.levels.map(({ definition }) => {
          const state = states.get(definition.id) ?? 'locked';
          const stars = state === 'completed' ? store.levelProgress(definition.id).bestStars : 0;
          return { id: definition.id, title: definition.title, difficulty: definition.difficulty, concepts: definition.concepts, state, stars };
        });
        return {
          id: world.definition.id,
          title: world.definition.title,
          description: world.definition.description,
          levels,
          starsEarned: levels.reduce((sum, level) => sum + level.stars, 0),
          starsPossible: levels.length * 3,
        };
      });
      return { worlds, problems: catalog.problems };
    },

    'levels:open': async ({ levelId }) => {
      const profileId = requireProfile();
      const level = requireLevel(levelId);
      if (currentStates().get(levelId) === 'locked') {
        throw new ApiFailure('locked', `"${level.definition.title}" is locked: finish the level before it first`);
      }
      const { run, isNew } = runs.openOrResume(profileId, levelId, level.definition.questions.length);
      if (isNew) await store.recordAttempt(levelId);
      const { definition } = level;
      const solution = await solutionOf(level);
      const view: LevelView = {
        id: definition.id,
        worldId: level.worldId,
        title: definition.title,
        intro: definition.intro,
        concepts: definition.concepts,
        difficulty: definition.difficulty,
        code: definition.code,
        // without the engine only kinds that need no trace can be shown (publicQuestions refuses the rest)
        questions: solution ? [...solution.publicQuestions] : publicQuestions(definition),
        status: [...run.statuses],
        hintsShown: definition.hints.slice(0, run.hintsShown),
        hintCount: definition.hints.length,
        unlockedSteps: gate(solution, run),
        triesPerQuestion: TRIES_PER_QUESTION,
      };
      const differ = versionsThatDiffer(level);
      return differ.length > 0 ? { ...view, versionsDiffer: differ } : view;
    },

    'levels:answer': async ({ levelId, question, answer }): Promise<AnswerResult> => {
      const { level, run } = requireRun(levelId);
      const asked = level.definition.questions[question];
      const status = run.statuses[question];
      if (!asked || !status) throw new ApiFailure('not-found', `level "${levelId}" has no question ${question}`);
      if (status.state === 'closed') throw new ApiFailure('conflict', `question ${question} is already answered`);
      const shapeProblem = answerShapeProblem(asked, answer);
      if (shapeProblem) throw new ApiFailure('bad-argument', shapeProblem);
      const solution = await requireSolution(level);
      const solved = await keyFor(requireEngine(services.engine, 'answers cannot be checked'), asked, answer, solution.questions[question]!);
      const { explanation } = solution.questions[question]!;

      const right = isCorrect(answer, solved);
      if (!right) {
        run.mistakes += 1;
        await store.recordMistake(levelId);
        const mistakes = status.mistakes + 1;
        if (mistakes < TRIES_PER_QUESTION) {
          run.statuses[question] = { state: 'open', mistakes };
          const diff = answerDiff(answer, solved);
          return { verdict: 'wrong', triesLeft: TRIES_PER_QUESTION - mistakes, unlockedSteps: gate(solution, run), ...(diff ? { diff } : {}) };
        }
      }
      const others = otherVersionsOf(level, question);
      const outcome = {
        verdict: right ? 'right' : 'revealed',
        correct: solved.correct,
        explanation,
        ...(others ? { otherVersions: others } : {}),
      } as const;
      run.statuses[question] = { state: 'closed', mistakes: right ? status.mistakes : status.mistakes + 1, outcome };
      const allClosed = run.statuses.every((s) => s.state === 'closed');
      const completed = allClosed ? await complete(level, run) : null;
      return { ...outcome, unlockedSteps: gate(solution, run), completed };
    },

    'levels:trace': async ({ levelId, from, count }) => {
      const { level, run } = requireRun(levelId);
      const solution = await requireSolution(level);
      const limit = unlockedSteps(solution, run.statuses);
      const steps = await traceSteps(services.engine, level.definition.code, from, Math.min(limit, from + count) - from);
      return { steps, unlockedSteps: limit, fullyUnlocked: limit === solution.stepCount && run.statuses.every((s) => s.state === 'closed') };
    },

    'levels:hint': async ({ levelId }) => {
      const { level, run } = requireRun(levelId);
      const { hints } = level.definition;
      if (run.hintsShown >= hints.length) throw new ApiFailure('conflict', 'there are no more hints for this level');
      const index = run.hintsShown;
      run.hintsShown += 1;
      await store.recordHint(levelId);
      return { hint: hints[index]!, index, remaining: hints.length - run.hintsShown };
    },
  };
}
