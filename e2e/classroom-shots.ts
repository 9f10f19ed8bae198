// `npm run shots`, the classroom part: the level editor with two levels and the engine's answers,
// a challenge in play (timer, one answer recorded), and the teacher view grading a class. The
// class's other result files are played through the real challenge rules (electron/classroom/),
// so the table and the misconceptions have something to show; some are what a hostile class
// hands in (a copy, an answer edited by hand, a name with a Cyrillic letter), to show the flags.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PlayerAnswer } from '../electron/api';
import { finishAttempt, newAttempt, recordAnswer, takeHint } from '../electron/classroom/challenge';
import { checkPack } from '../electron/classroom/pack-check';
import { serializeResult } from '../electron/classroom/result-format';
import { answerKey } from '../electron/classroom/solved-answers';
import { engineSolver } from '../electron/levels/answers';
import { authorLevel, challengeQuestion, openClassroom } from './classroom-player';
import { GRID, SHARED } from './classroom-levels';
import { createPlayer } from './player';

/** What each classmate answers: the engine's answer, or a typical wrong one. */
const CLASS: readonly { readonly name: string; readonly wrong: readonly boolean[]; readonly hinted?: boolean }[] = [
  { name: 'Ben', wrong: [false, false] },
  { name: 'Chloé', wrong: [true, true], hinted: true },
  { name: 'Dev', wrong: [false, true] },
  { name: 'Emi', wrong: [true, false], hinted: true },
  // "Ben" with a Cyrillic е
  { name: 'B\u0435n', wrong: [true, true] },
];

function typicalWrong(correct: PlayerAnswer): PlayerAnswer {
  switch (correct.kind) {
    case 'refcount': return { kind: 'refcount', count: correct.count - 1 };
    case 'output': return { kind: 'output', text: '[[1, 0, 0], [0, 0, 0], [0, 0, 0]]\n' };
    default: return correct;
  }
}

/** Result files for the class, played under the pack's rules, written where the dialogs open. */
async function classResults(packFile: string, folder: string): Promise<void> {
  const checked = checkPack(await readFile(packFile, 'utf8'), engineSolver);
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  // the class plays after the pack was made (a result from before it is flagged as impossible)
  const start = Date.parse(checked.pack.createdAt) + 1_000;
  for (const [student, { name, wrong, hinted }] of CLASS.entries()) {
    const attempt = newAttempt(checked.pack, name, start);
    let clock = start + student * 40_000;
    checked.pack.levels.forEach((level, index) => {
      if (hinted && level.hints.length > 0) takeHint(attempt, level.id, (clock += 30_000));
      const key = answerKey(checked.solutions[index]!, 0);
      recordAnswer(attempt, level.id, 0, wrong[index] ? typicalWrong(key.correct) : key.correct, key, (clock += 95_000 + index * 60_000));
    });
    const result = finishAttempt(attempt, clock + 30_000);
    const text = serializeResult(result);
    await writeFile(path.join(folder, `${name} - ${checked.pack.title}.rqresult`), text);
    if (name === 'Dev') await writeFile(path.join(folder, `${name} - copy.rqresult`), text);
    if (name === 'Emi') {
      // the wrong first answer made right by hand: the integrity record no longer matches
      const edited = structuredClone(result);
      edited.answers[0]!.answer = answerKey(checked.solutions[0]!, 0).correct;
      await writeFile(path.join(folder, `${name} - fixed.rqresult`), serializeResult(edited));
    }
  }
}

export async function takeClassroomShots(page: Page, folder: string, shoot: (name: string) => Promise<void>): Promise<void> {
  await openClassroom(page);
  await shoot('11-classroom');
  await page.getByRole('button', { name: '✎ Level editor' }).click();
  await authorLevel(page, SHARED);
  await page.getByRole('button', { name: '+ New level' }).click();
  await authorLevel(page, GRID);
  await page.getByRole('region', { name: 'Questions and export' }).getByRole('status').filter({ hasText: 'Engine’s answer' }).waitFor();
  await page.getByLabel('Pack title').fill('Week 3 quiz');
  await page.getByLabel('Time limit (minutes)').fill('20');
  await page.getByLabel('Allow hints').check();
  await page.getByRole('button', { name: '1. Shared list' }).click();
  await page.getByRole('region', { name: 'Questions and export' }).getByRole('status').filter({ hasText: 'Engine’s answer' }).waitFor();
  await shoot('12-level-editor');

  await page.getByRole('button', { name: 'Export pack…' }).click();
  await page.getByRole('region', { name: 'Export a pack' }).getByRole('status').filter({ hasText: 'Exported' }).waitFor();
  await classResults(path.join(folder, 'Week 3 quiz.rqpack'), folder);

  // the same machine, another player: the exported pack is already in the classroom
  await page.getByRole('button', { name: '← Classroom' }).click();
  await page.getByRole('button', { name: '← Map' }).click();
  await page.getByRole('button', { name: /Switch player/ }).click();
  await createPlayer(page, 'Ana');
  await openClassroom(page);
  await page.getByRole('button', { name: 'Start “Week 3 quiz”' }).click();
  await challengeQuestion(page, 1).getByRole('spinbutton').fill('3');
  await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).click();
  await challengeQuestion(page, 1).getByRole('status').filter({ hasText: 'recorded' }).waitFor();
  await page.getByRole('button', { name: 'Next level →' }).click();
  await challengeQuestion(page, 1).getByRole('textbox').fill('[[1, 0, 0], [1, 0, 0], [1, 0, 0]]');
  await shoot('13-challenge-in-play');
  await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).click();
  await page.getByRole('button', { name: 'Finish challenge' }).click();
  await page.getByRole('button', { name: 'Save result file…' }).click();
  await page.getByRole('dialog', { name: 'Challenge finished' }).getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await shoot('14-challenge-finished');

  await page.getByRole('button', { name: 'Back to classroom' }).click();
  await page.getByRole('button', { name: '☑ Grade results' }).click();
  await page.getByRole('button', { name: 'Open result files…' }).click();
  await page.getByRole('table').waitFor();
  await shoot('15-teacher-view');
}
