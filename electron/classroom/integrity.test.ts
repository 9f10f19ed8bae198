// The result file's integrity record and the teacher view's flags, on files handled the way a
// hostile student would: an answer edited, the file cut short, a wrong try deleted, a classmate's
// file renamed; names that only look alike; times that cannot happen. Each is flagged, and no bad
// file takes another student's result off the table.
import { describe, expect, it } from 'vitest';
import { finishAttempt, newAttempt, recordAnswer } from './challenge';
import { gradeResults } from './grading';
import { nameSkeleton, nameTricks, printableName } from './name-skeleton';
import { reportCsv } from './report-csv';
import { reportText } from './report-text';
import { chainProblem } from './result-chain';
import { answerKey } from './solved-answers';
import type { ChallengeResult } from './result-format';
import { fileOf, makePack, play, resealed, START, wrongFor } from './test-fixtures';

const three = makePack({ hints: true, attemptsPerQuestion: 3 });
// wrong first on every question, then right: 6 answers
const retrying = (name: string) => {
  const result = play(three.pack, three.solutions, name, (_l, _q, c) => c);
  const answers = result.answers.flatMap((a) => [{ ...a, answer: wrongFor(a.answer), atMs: a.atMs - 5_000 }, a]);
  return resealed({ ...result, answers });
};
const NOW = START + 86_400_000;
const grade = (pack: typeof three, ...files: [string, unknown][]) =>
  gradeResults(pack.pack, pack.solutions, files.map(([name, json]) => fileOf(name, json as ChallengeResult)), { nowMs: NOW });
const flagsOf = (report: ReturnType<typeof grade>, file: string) => report.flags.filter((f) => f.file === file).map((f) => `${f.kind}: ${f.message}`);

describe('the integrity chain', () => {
  const honest = retrying('Ana');

  it('holds for a file as the app wrote it', () => {
    expect(chainProblem(honest, honest.integrity!)).toBeNull();
    expect(grade(three, ['ana.rqresult', honest]).flags).toEqual([]);
  });

  it('flags an edited answer (the wrong first try made right)', () => {
    const edited = structuredClone(honest);
    edited.answers[0]!.answer = edited.answers[1]!.answer;
    const report = grade(three, ['ana.rqresult', edited]);
    expect(flagsOf(report, 'ana.rqresult')).toEqual([
      'broken-chain: its integrity record is broken: answer 1 does not match the record (or the name, pack or start time was changed)',
      'tampered: edited or damaged: answer 2: question 0 of "counting" was already answered right',
    ]);
    expect(report.students.map((s) => s.profileName)).toEqual(['Ana']);
  });

  it('flags a deleted wrong try, with its link left in or taken out', () => {
    const deleted = structuredClone(honest);
    deleted.answers.splice(2, 1);
    expect(chainProblem(deleted, deleted.integrity!)).toBe('answer 3 does not match the record (edited, or a try or hint before it deleted)');
    deleted.integrity!.links.splice(2, 1);
    expect(chainProblem(deleted, deleted.integrity!)).toBe('answer 3 does not match the record (edited, or a try or hint before it deleted)');
  });

  it('flags a truncated file: the last answer and its link cut off', () => {
    const cut = structuredClone(honest);
    cut.answers.pop();
    cut.integrity!.links.pop();
    expect(flagsOf(grade(three, ['ana.rqresult', cut]), 'ana.rqresult')).toEqual([
      'broken-chain: its integrity record is broken: its seal does not match (the file was cut short or its finish time changed)',
    ]);
    const answerOnly = structuredClone(honest);
    answerOnly.answers.pop();
    expect(chainProblem(answerOnly, answerOnly.integrity!)).toBe('its record has answer 6, which the file no longer has (deleted)');
  });

  it('flags an answer added by hand', () => {
    const added = structuredClone(honest);
    added.answers.push({ ...added.answers[5]!, atMs: 64_000 });
    expect(chainProblem(added, added.integrity!)).toBe('answer 7 is not in the record (added by hand)');
  });

  it("flags a classmate's file under another name: the chain breaks, and both files share one history", () => {
    const copy = { ...honest, profileName: 'Ben' };
    const report = grade(three, ['ana.rqresult', honest], ['ben.rqresult', copy]);
    expect(flagsOf(report, 'ben.rqresult')).toEqual([
      'broken-chain: its integrity record is broken: answer 1 does not match the record (or the name, pack or start time was changed)',
      'same-history: the same answer history as ana.rqresult ("Ana"): one attempt handed in 2 times',
    ]);
    expect(flagsOf(report, 'ana.rqresult')).toEqual(['same-history: the same answer history as ben.rqresult ("Ben"): one attempt handed in 2 times']);
    // Ana's genuine result is still on the table, beside the copy
    expect(report.students.map((s) => [s.profileName, s.totalRight])).toEqual([['Ana', 3], ['Ben', 3]]);
  });

  it('the CSV marks a flagged row and says why', () => {
    const lines = reportCsv(grade(three, ['ana.rqresult', honest], ['ben.rqresult', { ...honest, profileName: 'Ben' }])).split('\r\n');
    expect(lines[1]).toMatch(/^Ana,ana\.rqresult,flagged,"same-history: the same answer history as ben\.rqresult \(""Ben""\): one attempt handed in 2 times",3,3,/);
    expect(lines[2]).toMatch(/^Ben,ben\.rqresult,flagged,"broken-chain: its integrity record is broken: answer 1 does not match/);
  });

  it('flags a copy whose chain was recomputed under the new name (same answers, same milliseconds)', () => {
    const forged = resealed({ ...honest, profileName: 'Ben', integrity: { ...honest.integrity!, nonce: '11111111-1111-4111-8111-111111111111' } });
    expect(chainProblem(forged, forged.integrity!)).toBeNull();
    expect(flagsOf(grade(three, ['ana.rqresult', honest], ['ben.rqresult', forged]), 'ben.rqresult')).toEqual([
      'same-history: the same answer history as ana.rqresult ("Ana"): one attempt handed in 2 times',
    ]);
  });
});

describe('names that differ only by Unicode tricks', () => {
  const cases: [string, string][] = [
    ['Cyrillic А', '\u0410da'],
    ['zero-width space', 'Ada\u200b'],
    ['a run of spaces', 'Ada  Lovelace'],
    ['NFD accent', 'Zoe\u0308'],
    ['fullwidth letters', 'Ａｄａ'],
  ];
  it.each(cases)('%s reads as the plain name', (_what, tricky) => {
    const plain = tricky.includes('Lovelace') ? 'Ada Lovelace' : tricky.startsWith('Zoe') ? 'Zoë' : 'Ada';
    expect(nameSkeleton(tricky)).toBe(nameSkeleton(plain));
    expect(tricky).not.toBe(plain);
  });

  it('names the trick, flags both files and keeps both results', () => {
    expect(nameTricks('\u0410da')).toEqual(['U+0410 (Cyrillic, looks like "A")']);
    expect(nameTricks('Ada\u200b')).toEqual(['U+200B (invisible)']);
    const ada = retrying('Ada');
    const fake = play(three.pack, three.solutions, '\u0410da', (_l, _q, c) => wrongFor(c));
    const report = grade(three, ['ada.rqresult', ada], ['fake.rqresult', fake]);
    expect(flagsOf(report, 'fake.rqresult')).toEqual([
      'look-alike-name: "Аda" in fake.rqresult (with U+0410 (Cyrillic, looks like "A")) reads the same as "Ada" in ada.rqresult: one student, or one posing as another?',
    ]);
    expect(flagsOf(report, 'ada.rqresult')).toEqual([
      'look-alike-name: "Ada" in ada.rqresult reads the same as "Аda" in fake.rqresult (with U+0410 (Cyrillic, looks like "A")): one student, or one posing as another?',
    ]);
    expect(report.students.map((s) => s.totalRight).sort()).toEqual([0, 3]);
  });

  it('an invisible character is flagged even with no other name to collide with', () => {
    const hidden = play(three.pack, three.solutions, 'Ada\u200b', (_l, _q, c) => c);
    expect(flagsOf(grade(three, ['a.rqresult', hidden]), 'a.rqresult')).toEqual(['look-alike-name: "Ada\u200b" has U+200B (invisible)']);
  });

  it('the CLI table escapes control characters in names', () => {
    const loud = play(three.pack, three.solutions, 'Eve\u001b[2J\u001b[31m', (_l, _q, c) => c);
    const text = reportText(grade(three, ['eve.rqresult', loud]));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('Eve\\e[2J\\e[31m');
    expect(printableName('a\u202eb\nc')).toBe('a\\u{202e}b\\nc');
  });
});

describe('impossible times', () => {
  const timed = makePack({ hints: false, attemptsPerQuestion: 1 }, 30);
  const base = play(timed.pack, timed.solutions, 'Ana', (_l, _q, c) => c);
  const cases: [string, (r: ChallengeResult) => ChallengeResult, string][] = [
    ['all answers at 0 ms', (r) => ({ ...r, answers: r.answers.map((a) => ({ ...a, atMs: 0 })) }), 'all 3 answers are timed at 0 ms'],
    ['5 hours on a 30-minute pack', (r) => ({ ...r, finishedAt: new Date(START + 5 * 3_600_000).toISOString() }), "it took 300 min, longer than the pack's 30-minute limit allows"],
    ['dated 1970', (r) => ({ ...r, startedAt: '1970-01-01T00:00:00.000Z', finishedAt: '1970-01-01T00:01:05.000Z' }), 'it started 1970-01-01T00:00:00.000Z, before the pack was made (2025-02-28T09:00:00.000Z)'],
    ['in the future', (r) => ({ ...r, startedAt: new Date(NOW + 3_600_000).toISOString(), finishedAt: new Date(NOW + 3_665_000).toISOString() }), `it finished ${new Date(NOW + 3_665_000).toISOString()}, in the future`],
  ];
  it.each(cases)('%s', (_what, change, message) => {
    const report = grade(timed, ['ana.rqresult', resealed(change(base))]);
    expect(flagsOf(report, 'ana.rqresult')).toEqual([`impossible-time: impossible times: ${message}`]);
    expect(report.students).toHaveLength(1);
  });

  it('a challenge finished long after its deadline ends at the deadline in its result, and is not flagged', () => {
    const attempt = newAttempt(timed.pack, 'Ana', START);
    const key = answerKey(timed.solutions[0]!, 0);
    recordAnswer(attempt, 'counting', 0, key.correct, key, START + 60_000);
    const result = finishAttempt(attempt, START + 5 * 3_600_000);
    expect(result.finishedAt).toBe(new Date(START + 30 * 60_000).toISOString());
    expect(grade(timed, ['ana.rqresult', result]).flags).toEqual([]);
  });
});
