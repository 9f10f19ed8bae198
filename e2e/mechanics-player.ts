// The puzzle mechanics played as a person: through the board's buttons and the question card.
import type { Locator, Page } from 'playwright-core';
import { question } from './player';

export function board(page: Page): Locator {
  return page.locator('.mechanic-board');
}

/** Draws one arrow: the name or slot (its source text), then the object (by its label). */
export async function drawArrow(page: Page, source: string, objectLabel: string): Promise<void> {
  await board(page).getByRole('button', { name: new RegExp(`^${escape(source)} refers to`) }).click();
  await board(page).getByRole('button', { name: new RegExp(`^Object ${escape(objectLabel)}:`) }).click();
}

/** The palette labels of the objects whose box label matches (e.g. /list \[0, 0\]/). */
export async function objectsLike(page: Page, pattern: RegExp): Promise<string[]> {
  const names = await board(page).getByRole('button', { name: /^Object / }).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
  return names.filter((n) => pattern.test(n)).map((n) => /^Object (\w+):/.exec(n)![1]!);
}

export async function check(page: Page, number: number): Promise<void> {
  await question(page, number).getByRole('button', { name: 'Check' }).click();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
