// A challenge in play: one attempt per player, kept apart from campaign progress. The rules
// are the pack's (tries per question, hints, time limit); what is recorded is every answer and
// when it was given, which the result file carries to the teacher. Verdicts are shown only
// under the three-tries rule, and a correct answer is never revealed during a challenge.
import type { PlayerAnswer } from '../api';
import { isCorrect, type AnswerKey } from '../levels/rules';
import type { ChallengeQuestionState, ChallengeVerdict } from './api-types';
import type { ChallengePack } from './pack-format';
import { chainOf, extendChain, newChain, sealChain, type ChainEvent, type ChainHeader, type ResultChain } from './result-chain';
import { RESULT_FORMAT, RESULT_VERSION } from './result-format';
import type { ChallengeResult, ResultAnswer, ResultHint } from './result-format';

export class ChallengeRefusal extends Error {
  constructor(
    readonly code: 'conflict' | 'not-found' | 'bad-argument',
    message: string,
  ) {
    super(message);
  }
}

export interface ChallengeAttempt {
  readonly pack: ChallengePack;
  readonly profileName: string;
  readonly startedAtMs: number;
  readonly deadlineMs: number | null;
  /** per level id, one state per question */
  readonly statuses: ReadonlyMap<string, ChallengeQuestionState[]>;
  /** every hint taken, in order, with its time: the result file carries them to the teacher */
  readonly hints: ResultHint[];
  readonly answers: ResultAnswer[];
  /** the result file's integrity record, extended as each answer and hint is recorded */
  readonly chain: ResultChain;
  finishedAtMs: number | null;
}

const headerOf = (attempt: Pick<ChallengeAttempt, 'pack' | 'profileName' | 'startedAtMs'>): ChainHeader => ({
  packId: attempt.pack.id,
  profileName: attempt.profileName,
  startedAt: new Date(attempt.startedAtMs).toISOString(),
});

/** The chain of an attempt saved before chains were kept: its events chained now, in time order. */
export function rebuiltChain(attempt: Pick<ChallengeAttempt, 'pack' | 'profileName' | 'startedAtMs' | 'answers' | 'hints'>): ResultChain {
  const events: ChainEvent[] = [
    ...attempt.answers.map((answer) => ({ of: 'answer' as const, answer, atMs: answer.atMs })),
    ...attempt.hints.map((hint) => ({ of: 'hint' as const, hint, atMs: hint.atMs })),
  ].sort((a, b) => a.atMs - b.atMs);
  return chainOf(headerOf(attempt), newChain().nonce, events);
}

export function newAttempt(pack: ChallengePack, profileName: string, nowMs: number): ChallengeAttempt {
  const statuses = new Map<string, ChallengeQuestionState[]>();
  for (const level of pack.levels) statuses.set(level.id, level.questions.map(() => ({ state: 'open', tries: 0 })));
  return {
    pack,
    profileName,
    startedAtMs: nowMs,
    deadlineMs: pack.timeLimitMinutes === undefined ? null : nowMs + pack.timeLimitMinutes * 60_000,
    statuses,
    hints: [],
    answers: [],
    chain: newChain(),
    finishedAtMs: null,
  };
}

/** The first challenge on this machine that is not finished (a passed deadline still needs finishing). */
export function challengeInPlay(attempts: ReadonlyMap<string, ChallengeAttempt>): ChallengeAttempt | null {
  for (const attempt of attempts.values()) if (attempt.finishedAtMs === null) return attempt;
  return null;
}

export function questionCounts(attempt: ChallengeAttempt): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const states of attempt.statuses.values()) {
    for (const state of states) {
      total++;
      if (state.state === 'closed') answered++;
    }
  }
  return { answered, total };
}

function requireOpen(attempt: ChallengeAttempt, nowMs: number): void {
  if (attempt.finishedAtMs !== null) throw new ChallengeRefusal('conflict', 'this challenge is finished: its answers can no longer change');
  if (attempt.deadlineMs !== null && nowMs > attempt.deadlineMs) {
    throw new ChallengeRefusal('conflict', 'time is up: finish the challenge to save your answers');
  }
}

/** Records an answer under the pack's rules; `key` holds the engine's answer for the question. */
export function recordAnswer(
  attempt: ChallengeAttempt,
  levelId: string,
  question: number,
  answer: PlayerAnswer,
  key: AnswerKey,
  nowMs: number,
): { readonly verdict: ChallengeVerdict; readonly status: ChallengeQuestionState } {
  requireOpen(attempt, nowMs);
  const states = attempt.statuses.get(levelId);
  const state = states?.[question];
  if (!states || !state) throw new ChallengeRefusal('not-found', `this challenge has no question ${question} in level "${levelId}"`);
  if (state.state === 'closed') throw new ChallengeRefusal('conflict', `question ${question} of "${levelId}" is already answered`);

  const given: ResultAnswer = { levelId, question, answer, atMs: Math.max(0, Math.round(nowMs - attempt.startedAtMs)) };
  attempt.answers.push(given);
  extendChain(attempt.chain, headerOf(attempt), { of: 'answer', answer: given });
  const tries = state.tries + 1;
  const allowed = attempt.pack.rules.attemptsPerQuestion;
  let verdict: ChallengeVerdict;
  let status: ChallengeQuestionState;
  if (allowed === 1) {
    verdict = { verdict: 'recorded' };
    status = { state: 'closed', tries, verdict: 'recorded' };
  } else if (isCorrect(answer, key)) {
    verdict = { verdict: 'right' };
    status = { state: 'closed', tries, verdict: 'right' };
  } else if (tries < allowed) {
    verdict = { verdict: 'wrong', triesLeft: allowed - tries };
    status = { state: 'open', tries };
  } else {
    verdict = { verdict: 'out-of-tries' };
    status = { state: 'closed', tries, verdict: 'out-of-tries' };
  }
  states[question] = status;
  return { verdict, status };
}

/** How many of a level's hints the player has seen. */
export function hintsTaken(attempt: ChallengeAttempt, levelId: string): number {
  return attempt.hints.filter((h) => h.levelId === levelId).length;
}

/** The next hint of a level, when the pack's rules allow hints. */
export function takeHint(attempt: ChallengeAttempt, levelId: string, nowMs: number): { hint: string; index: number; remaining: number } {
  requireOpen(attempt, nowMs);
  const level = attempt.pack.levels.find((l) => l.id === levelId);
  if (!level) throw new ChallengeRefusal('not-found', `this challenge has no level "${levelId}"`);
  if (!attempt.pack.rules.hints) throw new ChallengeRefusal('conflict', 'hints are switched off in this challenge');
  const index = hintsTaken(attempt, levelId);
  if (index >= level.hints.length) throw new ChallengeRefusal('conflict', 'there are no more hints for this level');
  const taken: ResultHint = { levelId, index, atMs: Math.max(0, Math.round(nowMs - attempt.startedAtMs)) };
  attempt.hints.push(taken);
  extendChain(attempt.chain, headerOf(attempt), { of: 'hint', hint: taken });
  return { hint: level.hints[index]!, index, remaining: level.hints.length - index - 1 };
}

/** Ends the attempt (idempotent) and returns the result file's contents; a timed challenge ends at its deadline at the latest. */
export function finishAttempt(attempt: ChallengeAttempt, nowMs: number): ChallengeResult {
  attempt.finishedAtMs ??= Math.max(Math.min(nowMs, attempt.deadlineMs ?? nowMs), attempt.startedAtMs);
  return resultOf(attempt);
}

export function resultOf(attempt: ChallengeAttempt): ChallengeResult {
  if (attempt.finishedAtMs === null) throw new ChallengeRefusal('conflict', 'the challenge is not finished yet');
  const finishedAt = new Date(attempt.finishedAtMs).toISOString();
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    packId: attempt.pack.id,
    packTitle: attempt.pack.title,
    profileName: attempt.profileName,
    startedAt: new Date(attempt.startedAtMs).toISOString(),
    finishedAt,
    answers: attempt.answers.map((a) => structuredClone(a)),
    hints: attempt.hints.map((h) => ({ ...h })),
    integrity: sealChain(attempt.chain, headerOf(attempt), finishedAt, attempt.answers.length, attempt.hints.length),
  };
}

/** A file name for the save dialog: no path separators or characters Windows refuses. */
export function suggestedResultName(attempt: ChallengeAttempt): string {
  const clean = (text: string) => text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `${clean(attempt.profileName) || 'player'} - ${clean(attempt.pack.title) || 'challenge'}.rqresult`;
}
