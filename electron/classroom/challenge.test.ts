// A challenge in play: the pack's rules (tries, hints, time limit) and the result file it ends with.
import { describe, expect, it } from 'vitest';
import { ChallengeRefusal, finishAttempt, newAttempt, recordAnswer, suggestedResultName, takeHint } from './challenge';
import { readResult, serializeResult } from './result-format';
import { correctAnswer } from './solved-answers';
import { makePack, START, wrongFor } from './test-fixtures';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof ChallengeRefusal) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('challenge rules', () => {
  it('one attempt: every answer is recorded without a verdict and closes its question', () => {
    const { pack, solutions } = makePack({ hints: false, attemptsPerQuestion: 1 });
    const attempt = newAttempt(pack, 'Ana', START);
    const correct = correctAnswer(solutions[0]!, 0);
    expect(recordAnswer(attempt, 'counting', 0, wrongFor(correct), { correct }, START + 1000)).toEqual({
      verdict: { verdict: 'recorded' },
      status: { state: 'closed', tries: 1, verdict: 'recorded' },
    });
    expect(refusal(() => recordAnswer(attempt, 'counting', 0, correct, { correct }, START + 2000))).toMatch(/already answered/);
  });

  it('three attempts: wrong, wrong, right is told as such; three wrongs close the question', () => {
    const { pack, solutions } = makePack({ hints: true, attemptsPerQuestion: 3 });
    const attempt = newAttempt(pack, 'Ana', START);
    const correct = correctAnswer(solutions[0]!, 0);
    const wrong = wrongFor(correct);
    expect(recordAnswer(attempt, 'counting', 0, wrong, { correct }, START + 1).verdict).toEqual({ verdict: 'wrong', triesLeft: 2 });
    expect(recordAnswer(attempt, 'counting', 0, wrong, { correct }, START + 2).verdict).toEqual({ verdict: 'wrong', triesLeft: 1 });
    expect(recordAnswer(attempt, 'counting', 0, correct, { correct }, START + 3).verdict).toEqual({ verdict: 'right' });
    const grid = correctAnswer(solutions[1]!, 1);
    for (let i = 0; i < 2; i++) recordAnswer(attempt, 'grid', 1, wrongFor(grid), { correct: grid }, START + 10 + i);
    expect(recordAnswer(attempt, 'grid', 1, wrongFor(grid), { correct: grid }, START + 20)).toEqual({
      verdict: { verdict: 'out-of-tries' },
      status: { state: 'closed', tries: 3, verdict: 'out-of-tries' },
    });
    expect(attempt.answers).toHaveLength(6);
  });

  it('hints: refused when the rules switch them off, given in order otherwise', () => {
    const off = newAttempt(makePack({ hints: false, attemptsPerQuestion: 1 }).pack, 'Ana', START);
    expect(refusal(() => takeHint(off, 'grid', START))).toBe('hints are switched off in this challenge');
    const on = newAttempt(makePack({ hints: true, attemptsPerQuestion: 1 }).pack, 'Ana', START);
    expect(takeHint(on, 'grid', START)).toEqual({ hint: '`* 3` repeats references.', index: 0, remaining: 0 });
    expect(refusal(() => takeHint(on, 'grid', START))).toBe('there are no more hints for this level');
  });

  it('the time limit: answers after the deadline are refused; finishing still works', () => {
    const { pack, solutions } = makePack(undefined, 10);
    const attempt = newAttempt(pack, 'Ana', START);
    const correct = correctAnswer(solutions[0]!, 0);
    expect(attempt.deadlineMs).toBe(START + 600_000);
    expect(refusal(() => recordAnswer(attempt, 'counting', 0, correct, { correct }, START + 600_001))).toMatch(/^time is up/);
    expect(finishAttempt(attempt, START + 700_000).answers).toEqual([]);
  });

  it('unknown levels and questions are refused, and nothing changes after finishing', () => {
    const { pack, solutions } = makePack();
    const attempt = newAttempt(pack, 'Ana', START);
    const correct = correctAnswer(solutions[0]!, 0);
    expect(refusal(() => recordAnswer(attempt, 'nope', 0, correct, { correct }, START))).toMatch(/no question 0 in level "nope"/);
    expect(refusal(() => recordAnswer(attempt, 'counting', 4, correct, { correct }, START))).toMatch(/no question 4/);
    finishAttempt(attempt, START + 1000);
    expect(refusal(() => recordAnswer(attempt, 'counting', 0, correct, { correct }, START + 2000))).toMatch(/finished/);
  });

  it('the result file round-trips and holds answers with their times, not scores', () => {
    const { pack, solutions } = makePack({ hints: true, attemptsPerQuestion: 1 });
    const attempt = newAttempt(pack, 'Ana / B:', START);
    const correct = correctAnswer(solutions[0]!, 0);
    takeHint(attempt, 'grid', START + 5_000);
    recordAnswer(attempt, 'counting', 0, correct, { correct }, START + 12_345);
    const result = finishAttempt(attempt, START + 60_000);
    expect(result).toEqual({
      format: 'refquest-result', version: 2, packId: pack.id, packTitle: 'Week 3 quiz', profileName: 'Ana / B:',
      startedAt: '2025-03-01T09:00:00.000Z', finishedAt: '2025-03-01T09:01:00.000Z',
      answers: [{ levelId: 'counting', question: 0, answer: correct, atMs: 12_345 }],
      hints: [{ levelId: 'grid', index: 0, atMs: 5_000 }],
      // the chain in the order things happened: the hint, then the answer
      integrity: { scheme: 'sha256-chain-1', nonce: attempt.chain.nonce, links: [{ of: 'hint', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }, { of: 'answer', hash: expect.stringMatching(/^[0-9a-f]{64}$/) }], seal: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const reading = readResult(serializeResult(result));
    expect(reading).toEqual({ ok: true, result });
    expect(suggestedResultName(attempt)).toBe('Ana B - Week 3 quiz.rqresult');
  });
});
