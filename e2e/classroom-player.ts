// A teacher and a student at the keyboard: the classroom actions the classroom spec and the
// screenshot script share. Roles and labels only, as a person (or a screen reader) finds things.
import type { Locator, Page } from 'playwright-core';

export interface AuthoredQuestion {
  readonly kind: string;
  /** the line-number button to click in the editor's gutter */
  readonly line: number;
  /** names to pick from the "Names at this step" bar, in order */
  readonly names?: readonly string[];
}

export interface AuthoredLevel {
  readonly title: string;
  readonly code: string;
  readonly questions: readonly AuthoredQuestion[];
}

export async function openClassroom(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Classroom/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Classroom' }).waitFor();
}

export function editorQuestion(page: Page, number: number): Locator {
  return page.getByRole('region', { name: 'Questions and export' }).getByRole('article', { name: `Question ${number}` });
}

/** Writes one level in the open editor: title, program, questions picked by pointing. */
export async function authorLevel(page: Page, level: AuthoredLevel): Promise<void> {
  await page.getByLabel('Level title').fill(level.title);
  const program = page.getByRole('textbox', { name: 'Program editor' });
  await program.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(level.code);
  await page.getByRole('status', { name: 'Program check' }).filter({ hasText: 'The engine runs this program' }).waitFor();
  for (const [index, question] of level.questions.entries()) {
    await page.getByLabel('Kind of the new question').selectOption({ label: question.kind });
    await page.getByRole('button', { name: '+ Add question' }).click();
    const card = editorQuestion(page, index + 1);
    await card.waitFor();
    // point at the line: its number in the program's gutter
    await page.locator('.code-slot .cm-lineNumbers .cm-gutterElement').getByText(String(question.line), { exact: true }).click();
    for (const name of question.names ?? []) {
      await card.getByRole('textbox').first().focus();
      await page.getByRole('group', { name: 'Names at this step' }).getByRole('button', { name: `Use ${name}` }).click();
    }
  }
}

/** The engine's answer shown beside a question of the editor. */
export function engineAnswer(page: Page, number: number): Locator {
  return editorQuestion(page, number).getByRole('status').filter({ hasText: 'Engine’s answer' });
}

export function challengeQuestion(page: Page, number: number): Locator {
  return page.getByRole('region', { name: 'Questions' }).getByRole('article', { name: `Question ${number}` });
}
