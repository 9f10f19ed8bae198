// Grading against the engine: right answers score, wrong ones do not; a file that cannot be
// graded is listed apart, and one that breaks the pack's rules is shown and flagged. Results
// edited on purpose here are resealed (their integrity chain recomputed, as a determined student
// could) so that each test sees the one rule it is about; integrity.test.ts tests the chain.
import { describe, expect, it } from 'vitest';

/** A result file as JSON, edited freely by the tamper tests (any shape goes, as in a forged file). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a forged file has no type
type TamperedJson = Record<string, any>;
import { gradeResults } from './grading';
import { csvField, reportCsv } from './report-csv';
import { reportText } from './report-text';
import { fileOf, makePack, play, resealed, wrongFor } from './test-fixtures';
import type { ChallengeResult } from './result-format';
import type { ChallengePack } from './pack-format';

const rules3 = { hints: true, attemptsPerQuestion: 3 } as const;
const { pack, solutions } = makePack();
const allRight = play(pack, solutions, 'Ana', (_l, _q, correct) => correct);
const allWrong = play(pack, solutions, 'Ben', (_l, _q, correct) => wrongFor(correct));
// right on counting, wrong alias, right output
const mixed = play(pack, solutions, 'Cleo', (l, q, correct) => (l === 1 && q === 0 ? wrongFor(correct) : correct));
const edited = (result: ChallengeResult, change: (json: TamperedJson) => void) => {
  const json = structuredClone(result) as TamperedJson;
  change(json);
  return resealed(json);
};

describe('grading against the engine', () => {
  const report = gradeResults(pack, solutions, [fileOf('ana.rqresult', allRight), fileOf('ben.rqresult', allWrong), fileOf('cleo.rqresult', mixed)]);

  it('a right answer scores and a wrong one does not', () => {
    expect(report.flags).toEqual([]);
    expect(report.students.map((s) => [s.profileName, s.totalRight, s.totalQuestions])).toEqual([['Ana', 3, 3], ['Ben', 0, 3], ['Cleo', 2, 3]]);
    expect(report.students[2]!.levels).toEqual([
      { levelId: 'counting', right: 1, questions: 1, answered: 1, hints: 0, doneAtMs: 20_000 },
      { levelId: 'grid', right: 1, questions: 2, answered: 2, hints: 0, doneAtMs: 60_000 },
    ]);
    expect(report.students[0]!.durationMs).toBe(65_000);
  });

  it('lists the most missed question first, with the wrong answers given', () => {
    const top = report.questions[0]!;
    expect([top.levelId, top.question, top.kind, top.missed, top.right]).toEqual(['grid', 0, 'alias', 2, 1]);
    expect(top.correctAnswer).toBe('{grid[0], grid[1], grid[2]}');
    expect(top.wrongAnswers).toEqual([{ answer: '{grid[0]} {grid[1]} {grid[2]}', count: 2 }]);
    expect(report.questions.map((q) => q.missed)).toEqual([2, 1, 1]);
  });

  it('counts an answer right under the three-tries rule when the last try is right', () => {
    const three = makePack(rules3);
    const result = play(three.pack, three.solutions, 'Dee', (_l, _q, correct) => correct);
    const json = edited(result, (r) => {
      r.answers.unshift({ ...r.answers[0], answer: wrongFor(r.answers[0].answer), atMs: 10_000 });
    });
    const graded = gradeResults(three.pack, three.solutions, [fileOf('dee.rqresult', json)]);
    expect(graded.flags).toEqual([]);
    expect(graded.students[0]!.totalRight).toBe(3);
    expect(graded.questions.find((q) => q.levelId === 'counting')!.wrongAnswers).toEqual([{ answer: '5', count: 1 }]);
  });
});

describe('hints taken', () => {
  it('are counted per level and in total, in the table, the CSV and the text', () => {
    const three = makePack(rules3);
    const played = play(three.pack, three.solutions, 'Gus', (_l, _q, c) => c);
    const hinted = edited(played, (r) => { r.hints = [{ levelId: 'grid', index: 0, atMs: 30_000 }]; });
    const ana = play(three.pack, three.solutions, 'Ana', (_l, _q, c) => c);
    const graded = gradeResults(three.pack, three.solutions, [fileOf('gus.rqresult', hinted), fileOf('ana.rqresult', ana)]);
    expect(graded.flags).toEqual([]);
    expect(graded.students.map((s) => [s.profileName, s.totalHints, s.levels.map((l) => l.hints)])).toEqual([['Ana', 0, [0, 0]], ['Gus', 1, [0, 1]]]);
    expect(reportCsv(graded).split('\r\n')[2]).toBe('Gus,gus.rqresult,counted,,3,3,1,65,1,0,20,2,1,60');
    expect(reportText(graded)).toMatch(/Gus\s+3\/3\s+1\s+1:05\s+1\/1 0:20\s+2\/2 \(1h\) 1:00/);
  });

  it('a result file from before hints were recorded reads as none taken (and has no integrity record)', () => {
    const { hints: _dropped, integrity: _none, ...old } = allRight;
    const graded = gradeResults(pack, solutions, [fileOf('old.rqresult', { ...old, version: 1 })]);
    expect(graded.flags.map((f) => f.kind)).toEqual(['no-integrity']);
    expect(graded.students[0]!.totalHints).toBe(0);
  });
});

describe('flags: a file that cannot be graded is listed apart, any other is shown flagged', () => {
  const flagsFor = (files: Parameters<typeof gradeResults>[2]) => {
    const report = gradeResults(pack, solutions, files);
    return { counted: report.students.map((s) => s.file), flags: report.flags.map((f) => `${f.file}: ${f.kind}: ${f.message}`) };
  };

  it('a result edited to claim a score: the extra field is refused', () => {
    const claimed = structuredClone(allWrong) as TamperedJson;
    claimed.score = 3;
    claimed.answers[0].correct = true;
    expect(flagsFor([fileOf('ben.rqresult', claimed)])).toEqual({
      counted: [],
      flags: ['ben.rqresult: malformed: answers[0]: Unrecognized key: "correct"; Unrecognized key: "score"'],
    });
  });

  it('bad JSON, a wrong shape, a pack instead of a result, an unreadable file', () => {
    const { flags } = flagsFor([
      { file: 'a.rqresult', contents: '{"format": "refquest-result",' },
      fileOf('b.rqresult', edited(allRight, (r) => { r.answers[0].answer = { kind: 'refcount', count: 'four' }; })),
      { file: 'c.rqresult', contents: makePack().text },
      { file: 'd.rqresult', readError: 'no such file' },
      fileOf('e.rqresult', edited(allRight, (r) => { r.version = 7; })),
    ]);
    expect(flags).toEqual([
      expect.stringMatching(/^a\.rqresult: malformed: the file is not valid JSON/),
      'b.rqresult: malformed: answers[0].answer.count: expected number, received string',
      'c.rqresult: malformed: this is a challenge pack, not a result file',
      'd.rqresult: unreadable: could not be read: no such file',
      'e.rqresult: malformed: this result file was made by a newer RefQuest (version 7); this app reads version 2',
    ]);
  });

  it('a result for another pack', () => {
    const other = makePack();
    const result = play(other.pack, other.solutions, 'Eve', (_l, _q, c) => c);
    expect(flagsFor([fileOf('eve.rqresult', result)]).flags).toEqual([
      `eve.rqresult: other-pack: answers another pack ("Week 3 quiz", id ${other.pack.id}), not "Week 3 quiz"`,
    ]);
  });

  it('tampering: unknown questions, times out of order, extra tries, late answers, wrong answer shapes', () => {
    const cases: [string, (r: TamperedJson) => void, RegExp][] = [
      ['unknown level', (r) => { r.answers[0].levelId = 'secret'; }, /no question 0 in a level "secret"/],
      ['unknown question', (r) => { r.answers[0].question = 3; }, /no question 3 in a level "counting"/],
      ['out of order', (r) => { r.answers[1].atMs = 1; }, /answer 2: its time \(1 ms\) is before the previous answer's/],
      ['after finishing', (r) => { r.finishedAt = '2025-03-01T09:00:30.000Z'; }, /answer 2: given after the challenge finished/],
      ['finished first', (r) => { r.finishedAt = '2025-03-01T08:00:00.000Z'; }, /finished before it started/],
      ['answered again', (r) => { r.answers.push({ ...r.answers[2], atMs: 61_000 }); }, /answer 4: question 1 of "grid" was already answered right/],
      ['wrong kind', (r) => { r.answers[0].answer = { kind: 'identity', same: true }; }, /expects a refcount answer, not identity/],
      ['foreign label', (r) => { r.answers[1].answer = { kind: 'alias', groups: [['grid[0]', 'grid[1]', 'x']] }; }, /"x" is not one of the question's choices/],
      ['title', (r) => { r.packTitle = 'Easy quiz'; }, /pack title "Easy quiz" is not the pack's/],
    ];
    for (const [name, change, message] of cases) {
      const { counted, flags } = flagsFor([fileOf(`${name}.rqresult`, edited(allRight, change))]);
      expect(counted, name).toEqual([`${name}.rqresult`]);
      expect(flags, name).toHaveLength(1);
      expect(flags[0], name).toMatch(/: tampered: edited or damaged: /);
      expect(flags[0], name).toMatch(message);
    }
  });

  it('hints: recorded although the pack switches them off, out of order, or more than the level has', () => {
    const three = makePack(rules3);
    const played = play(three.pack, three.solutions, 'Gus', (_l, _q, c) => c);
    const withHints = (hints: unknown[]) => edited(played, (r) => { r.hints = hints; });
    const cases: [string, ChallengePack, TamperedJson, RegExp][] = [
      ['switched off', pack, edited(allRight, (r) => { r.hints = [{ levelId: 'grid', index: 0, atMs: 1_000 }]; }), /records hints, but the pack switches hints off/],
      ['second first', three.pack, withHints([{ levelId: 'grid', index: 1, atMs: 1_000 }]), /hint 1: hint 2 of "grid" out of order \(hint 1 comes next\)/],
      ['too many', three.pack, withHints([{ levelId: 'grid', index: 0, atMs: 1_000 }, { levelId: 'grid', index: 1, atMs: 2_000 }]), /hint 2: "grid" has only 1 hints/],
      ['unknown level', three.pack, withHints([{ levelId: 'secret', index: 0, atMs: 1_000 }]), /hint 1: the pack has no level "secret"/],
      ['late', three.pack, withHints([{ levelId: 'grid', index: 0, atMs: 600_000 }]), /hint 1: taken after the challenge finished/],
    ];
    for (const [name, forPack, result, message] of cases) {
      const graded = gradeResults(forPack, forPack === pack ? solutions : three.solutions, [fileOf(`${name}.rqresult`, result)]);
      expect(graded.students.map((student) => student.flags.length), name).toEqual([1]);
      expect(graded.flags.map((f) => f.message), name).toEqual([expect.stringMatching(message)]);
    }
  });

  it('more tries than the pack allows', () => {
    const retried = edited(allWrong, (r) => { r.answers.push({ ...r.answers[2], atMs: 61_000 }); });
    expect(flagsFor([fileOf('ben.rqresult', retried)]).flags).toEqual([
      'ben.rqresult: tampered: edited or damaged: answer 4: more answers to question 1 of "grid" than the 1 the pack allows',
    ]);
  });

  it('answers after the time limit', () => {
    const timed = makePack(undefined, 1);
    const result = play(timed.pack, timed.solutions, 'Fay', (_l, _q, c) => c);
    const late = edited(result, (r) => { r.answers[2].atMs = 90_000; r.finishedAt = '2025-03-01T09:02:00.000Z'; });
    expect(flagsFor([]).flags).toEqual([]);
    const graded = gradeResults(timed.pack, timed.solutions, [fileOf('fay.rqresult', late)]);
    expect(graded.flags.map((f) => f.message)).toEqual(['edited or damaged: answer 3: given after the time limit']);
  });

  it('duplicates: an identical copy is shown once; two different results from one player are both shown, flagged', () => {
    const again = play(pack, solutions, 'ana', (l, _q, c) => (l === 0 ? wrongFor(c) : c));
    const report = gradeResults(pack, solutions, [
      fileOf('ana.rqresult', allRight), fileOf('copy of ana.rqresult', allRight), fileOf('ana-2.rqresult', again), fileOf('ben.rqresult', allWrong),
    ]);
    expect(report.students.map((s) => [s.file, s.totalRight, s.flags.map((f) => f.kind)])).toEqual([
      ['ana-2.rqresult', 2, ['duplicate-player']], ['ana.rqresult', 3, ['duplicate-player']], ['ben.rqresult', 0, []],
    ]);
    expect(report.flags.map((f) => `${f.file}: ${f.kind}: ${f.message}`)).toEqual([
      'copy of ana.rqresult: duplicate-file: the same result as ana.rqresult; shown once',
      'ana.rqresult: duplicate-player: "Ana" handed in 2 different results (ana.rqresult, ana-2.rqresult); each is shown, the teacher decides',
      'ana-2.rqresult: duplicate-player: "ana" handed in 2 different results (ana.rqresult, ana-2.rqresult); each is shown, the teacher decides',
    ]);
    // the question statistics count only the unflagged result
    expect(report.questions.every((q) => q.right + q.missed === 1)).toBe(true);
  });
});

describe('reports', () => {
  it('CSV quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe('');
  });

  it('CSV: a header row, one row per counted or flagged file, CRLF line ends', () => {
    const odd = play(pack, solutions, 'O"Neil, Jr', (_l, _q, c) => c);
    const report = gradeResults(pack, solutions, [fileOf('ben.rqresult', allWrong), fileOf('o.rqresult', odd), { file: 'x.rqresult', contents: '{' }]);
    const lines = reportCsv(report).split('\r\n');
    expect(lines[0]).toBe('student,file,status,note,right,questions,hints,time_s,counting right,counting hints,counting done_at_s,grid right,grid hints,grid done_at_s');
    expect(lines[1]).toBe('Ben,ben.rqresult,counted,,0,3,0,65,0,0,20,0,0,60');
    expect(lines[2]).toBe('"O""Neil, Jr",o.rqresult,counted,,3,3,0,65,1,0,20,2,0,60');
    expect(lines[3]).toMatch(/^,x\.rqresult,malformed,"?the file is not valid JSON/);
    expect(lines[4]).toBe('');
    expect(lines).toHaveLength(5);
  });

  it('text: an aligned table, the most missed questions and the flags', () => {
    const report = gradeResults(pack, solutions, [fileOf('ana.rqresult', allRight), fileOf('ben.rqresult', allWrong), { file: 'x.rqresult', contents: '[]' }]);
    const text = reportText(report);
    expect(text).toContain('Week 3 quiz: 2 results graded, 1 file flagged');
    expect(text).toContain('Student  Score  Hints  Time  counting  grid      Flags');
    expect(text).toContain('Ana      3/3    0      1:05  1/1 0:20  2/2 1:00');
    expect(text).toContain('Ben      0/3    0      1:05  0/1 0:20  0/2 1:00');
    expect(text).toContain('  counting question 1 (refcount): missed by 1 of 2 unflagged; correct: 4');
    expect(text).toContain('      1 x 5');
    expect(text).toContain('  x.rqresult: malformed: this is not a RefQuest result file: expected a JSON object');
  });
});
