// A classroom challenge end to end, as people would do it: a teacher writes a two-level pack in
// the editor and exports it; a student on another machine imports it, plays it (one right, one
// wrong), saves the result file; the teacher opens it, sees the table and the missed question,
// and exports CSV. Every expected answer comes from python3, never typed by hand.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GRID, SHARED } from './classroom-levels';
import { authorLevel, challengeQuestion, editorQuestion, engineAnswer, openClassroom } from './classroom-player';
import type { GameSession } from './host';
import { launchGame } from './host';
import { createPlayer } from './player';

const python = (code: string) => execFileSync('python3', ['-c', code], { encoding: 'utf8' });
/** References to `a` after line 3, as CPython counts them (getrefcount's own argument removed). */
const sharedRefcount = () => Number(python(`import sys\n${SHARED.code.split('\n').slice(0, 3).join('\n')}\nprint(sys.getrefcount(a) - 1)`).trim());

let session: GameSession | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await session?.close();
  session = undefined;
  for (const dir of scratch.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

describe('a classroom challenge', () => {
  it('is authored, handed out, played, handed back and graded', async () => {
    const files = await tempDir('refquest-e2e-classroom-files-');
    const teacherData = await tempDir('refquest-e2e-teacher-');
    const refcount = sharedRefcount();
    const printed = python(GRID.code);

    // the teacher writes two levels; the engine answers each question beside it
    session = await launchGame({ userDataDir: teacherData, dialogDir: files });
    let page = session.page;
    await createPlayer(page, 'Ms Hopper');
    await openClassroom(page);
    await page.getByRole('button', { name: '✎ Level editor' }).click();
    await authorLevel(page, SHARED);
    await expect.poll(() => editorQuestion(page, 1).getByLabel('After line').inputValue()).toBe('3');
    await expect.poll(() => editorQuestion(page, 1).getByRole('textbox', { name: 'Object' }).inputValue()).toBe('a');
    await expect.poll(() => engineAnswer(page, 1).locator('code').textContent()).toBe(String(refcount));
    // a program outside the subset is refused with the engine's message, at its line
    await page.getByRole('textbox', { name: 'Program editor' }).click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('import os\n');
    await expect.poll(() => page.getByRole('status', { name: 'Program check' }).textContent()).toMatch(/^Outside the engine’s Python \(line 5\): unsupported: import of module 'os'/);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: "import of module 'os'" }).count()).toBe(1);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => page.getByRole('status', { name: 'Program check' }).textContent()).toBe('✓ The engine runs this program.');

    await page.getByRole('button', { name: '+ New level' }).click();
    await authorLevel(page, GRID);
    await expect.poll(() => engineAnswer(page, 1).locator('code').textContent()).toBe(JSON.stringify(printed.replace(/\n$/, '')));

    // hand it out: one answer per question, twenty minutes
    await page.getByLabel('Pack title').fill('Week 3 quiz');
    await page.getByLabel('Time limit (minutes)').fill('20');
    await page.getByRole('button', { name: 'Export pack…' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Export a pack' }).getByRole('status').textContent()).toMatch(/^Exported “Week 3 quiz” \(2 levels\) to /);
    expect(await readdir(files)).toEqual(['Week 3 quiz.rqpack']);
    await session.close();

    // a student, on another machine, imports the pack and plays it
    session = await launchGame({ dialogDir: files });
    page = session.page;
    await createPlayer(page, 'Ana');
    await openClassroom(page);
    await page.getByRole('button', { name: 'Import pack…' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Challenges' }).getByRole('status').textContent()).toBe('Imported: “Week 3 quiz”');
    await page.getByRole('button', { name: 'Start “Week 3 quiz”' }).click();
    await expect.poll(() => page.getByRole('timer').getAttribute('aria-label')).toMatch(/^Time left (19:[0-5]\d|20:00)$/);
    expect(await page.getByRole('button', { name: /Show a hint/ }).count()).toBe(0);
    await challengeQuestion(page, 1).getByLabel(/References to a/).fill(String(refcount));
    await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => challengeQuestion(page, 1).getByRole('status').textContent()).toBe('✓ Answer recorded. Your teacher will see it.');
    // one attempt: the answer is closed, and nothing says whether it was right
    expect(await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Next level →' }).click();
    await challengeQuestion(page, 1).getByRole('textbox').fill('[[1, 0, 0], [0, 0, 0], [0, 0, 0]]');
    await challengeQuestion(page, 1).getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => page.getByText('2 / 2 answered').count()).toBe(1);
    await page.getByRole('button', { name: 'Finish challenge' }).click();
    const finished = page.getByRole('dialog', { name: 'Challenge finished' });
    await finished.getByRole('button', { name: 'Save result file…' }).click();
    await expect.poll(() => finished.getByRole('status').textContent()).toMatch(/^Saved .*Ana - Week 3 quiz\.rqresult$/);
    await session.close();

    // the teacher grades the result file against the pack the editor stored
    session = await launchGame({ userDataDir: teacherData, dialogDir: files });
    page = session.page;
    await openClassroom(page);
    await page.getByRole('button', { name: '☑ Grade results' }).click();
    await page.getByRole('button', { name: 'Open result files…' }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toMatch(/^Ana1\/1at \d\d:\d\d0\/1at \d\d:\d\d1\/20\d\d:\d\d$/);
    const missed = page.getByRole('region', { name: 'Most missed questions' }).getByRole('listitem').first();
    await expect.poll(() => missed.textContent()).toContain('Grid trap · Question 1');
    await expect.poll(() => missed.textContent()).toContain('"[[1, 0, 0], [0, 0, 0], [0, 0, 0]]" × 1');
    expect(await page.getByRole('alert').filter({ hasText: 'flagged' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Export CSV…' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toMatch(/Week 3 quiz results\.csv$/);
    const csv = (await readFile(path.join(files, 'Week 3 quiz results.csv'), 'utf8')).split('\r\n');
    expect(csv[0]).toBe('student,file,status,note,right,questions,hints,time_s,shared-list right,shared-list hints,shared-list done_at_s,grid-trap right,grid-trap hints,grid-trap done_at_s');
    expect(csv[1]).toMatch(/^Ana,Ana - Week 3 quiz\.rqresult,counted,,1,2,0,\d+,1,0,\d+,0,0,\d+$/);
    expect(csv.length).toBe(3); // header, Ana, and the final CRLF's empty line
  }, 240_000);

  it('imports a dropped pack file, and refuses a broken one with what is wrong', async () => {
    session = await launchGame();
    const { page } = session;
    await createPlayer(page, 'Grace');
    await openClassroom(page);
    const panel = page.getByRole('region', { name: 'Challenges' });
    const drop = async (name: string, text: string) => {
      // runs in the page: the DOM's DataTransfer and File (the spec's tsconfig has no DOM types)
      const transfer = await page.evaluateHandle(([fileName, contents]) => {
        const dom = globalThis as unknown as { DataTransfer: new () => { items: { add(file: unknown): void } }; File: new (parts: string[], name: string) => unknown };
        const data = new dom.DataTransfer();
        data.items.add(new dom.File([contents], fileName));
        return data;
      }, [name, text] as const);
      await panel.dispatchEvent('dragover', { dataTransfer: transfer });
      await panel.dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop('broken.rqpack', '{"format": "refquest-pack", "version": 99}');
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^broken\.rqpack was refused:• .*version/);
    expect(await panel.getByRole('button', { name: /^Start/ }).count()).toBe(0);

    // a pack made by the real exporter (the same checks a student's import applies)
    const pack = JSON.stringify({
      format: 'refquest-pack', version: 1, id: '0b6f4c1e-8a57-4d0e-9a3c-2f1d5e6b7a80', title: 'Dropped quiz', createdAt: '2025-03-01T09:00:00.000Z',
      rules: { hints: true, attemptsPerQuestion: 3 },
      levels: [{ id: 'shared', title: 'Shared', concepts: ['refcount'], difficulty: 1, intro: 'Count.', code: SHARED.code,
        questions: [{ kind: 'refcount', after: 3, expr: 'a' }], hints: ['Count every holder.'], explain: 'Names and slots.' }],
    });
    await drop('quiz.rqpack', pack);
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Imported: “Dropped quiz”');
    await panel.getByRole('button', { name: 'Start “Dropped quiz”' }).click();
    // hints are on in this pack: the hint box is there, and a wrong answer is told as wrong
    await expect.poll(() => page.getByRole('button', { name: /Show a hint/ }).count()).toBe(1);
    await challengeQuestion(page, 1).getByLabel(/References to a/).fill(String(sharedRefcount() + 1));
    await challengeQuestion(page, 1).getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => challengeQuestion(page, 1).getByRole('status').textContent()).toBe('✗ Not quite. 2 tries left.');
  });
});
