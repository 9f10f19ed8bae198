// Shared by the classroom tests: two small levels, a pack of them with the engine's answers,
// and result files played through the real challenge rules.
import { engineSolver } from '../levels/answers';
import type { LevelSolution } from '../levels/answers';
import type { LevelDefinition } from '../levels/schema';
import type { PlayerAnswer } from '../api';
import { finishAttempt, newAttempt, recordAnswer } from './challenge';
import { createPack, serializePack } from './pack-format';
import type { ChallengePack, PackRules } from './pack-format';
import { chainOf, sealChain, type ChainEvent } from './result-chain';
import { serializeResult } from './result-format';
import type { ChallengeResult } from './result-format';
import { answerKey } from './solved-answers';

export const countingLevel: LevelDefinition = {
  id: 'counting',
  title: 'Counting',
  concepts: ['refcount'],
  difficulty: 1,
  intro: 'Count the references.',
  code: 'a = [1, 2]\nb = a\nc = [a, a]\n',
  questions: [{ kind: 'refcount', after: 3, expr: 'a' }],
  hints: ['Every name and every slot holds one reference.'],
  explain: 'a, b, c[0] and c[1].',
};

export const gridLevel: LevelDefinition = {
  id: 'grid',
  title: 'Grid',
  concepts: ['aliasing'],
  difficulty: 2,
  intro: 'A grid of zeros.',
  code: 'grid = [[0] * 3] * 3\ngrid[0][0] = 1\nprint(grid)\n',
  questions: [
    { kind: 'alias', after: 1, targets: ['grid[0]', 'grid[1]', 'grid[2]'] },
    { kind: 'output', line: 3 },
  ],
  hints: ['`* 3` repeats references.'],
  explain: 'One row, three references.',
};

export const RULES: PackRules = { hints: false, attemptsPerQuestion: 1 };
export const START = Date.parse('2025-03-01T09:00:00.000Z');

export function makePack(rules: PackRules = RULES, timeLimitMinutes?: number): { pack: ChallengePack; text: string; solutions: LevelSolution[] } {
  const pack = createPack([countingLevel, gridLevel], { title: 'Week 3 quiz', rules, ...(timeLimitMinutes ? { timeLimitMinutes } : {}) }, new Date(START - 86_400_000));
  return { pack, text: serializePack(pack), solutions: pack.levels.map((level) => engineSolver.solve(level)) };
}

/** A wrong answer of the right shape for a correct one. */
export function wrongFor(correct: PlayerAnswer): PlayerAnswer {
  switch (correct.kind) {
    case 'refcount': return { kind: 'refcount', count: correct.count + 1 };
    case 'alias': return { kind: 'alias', groups: correct.groups.flat().map((label) => [label]) };
    case 'output': return { kind: 'output', text: `${correct.text}x` };
    case 'identity': return { kind: 'identity', same: !correct.same };
    case 'freed': return { kind: 'freed', freed: [], unreachable: [] };
    case 'collect': return { kind: 'collect', collected: correct.collected + 1 };
    case 'size': return correct.bytes !== undefined ? { kind: 'size', bytes: correct.bytes + 8 } : { kind: 'size', largest: ['(none of them)'] };
    case 'heap': return { kind: 'heap', edges: [] };
    case 'make': return { kind: 'make', order: [] };
    case 'leak': return { kind: 'leak', objects: correct.objects.length > 0 ? [] : ['(none of them)'] };
  }
}

/** Plays the pack: `choose(levelIndex, question, correct)` gives each answer, one every 20 s. */
export function play(
  pack: ChallengePack,
  solutions: readonly LevelSolution[],
  profileName: string,
  choose: (level: number, question: number, correct: PlayerAnswer) => PlayerAnswer | null,
): ChallengeResult {
  const attempt = newAttempt(pack, profileName, START);
  let clock = START;
  pack.levels.forEach((level, l) => {
    level.questions.forEach((_, q) => {
      const key = answerKey(solutions[l]!, q);
      const answer = choose(l, q, key.correct);
      if (answer) recordAnswer(attempt, level.id, q, answer, key, (clock += 20_000));
    });
  });
  return finishAttempt(attempt, clock + 5_000);
}

export const fileOf = (name: string, result: ChallengeResult | Record<string, unknown>) => ({
  file: name,
  contents: serializeResult(result as ChallengeResult),
});

/**
 * The result with its integrity record computed afresh over what it now says, as a student who
 * read this app's source could do: the chain proves nothing against that (see the README).
 */
export function resealed(result: ChallengeResult | Record<string, unknown>): ChallengeResult {
  const r = structuredClone(result) as ChallengeResult;
  // answers and hints each in the file's order, merged by time
  const events: ChainEvent[] = [];
  let [a, h] = [0, 0];
  while (a < r.answers.length || h < r.hints.length) {
    const answer = r.answers[a];
    const hint = r.hints[h];
    if (answer && (!hint || answer.atMs <= hint.atMs)) events.push({ of: 'answer', answer: r.answers[a++]! });
    else events.push({ of: 'hint', hint: r.hints[h++]! });
  }
  const header = { packId: r.packId, profileName: r.profileName, startedAt: r.startedAt };
  const chain = chainOf(header, r.integrity?.nonce ?? '00000000-0000-4000-8000-000000000000', events);
  return { ...r, integrity: sealChain(chain, header, r.finishedAt, r.answers.length, r.hints.length) };
}
