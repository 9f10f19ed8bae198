// A person at the keyboard: the UI actions the e2e specs and the screenshot script share.
// Everything goes through roles and labels, as a player (or a screen reader) finds things.
import type { Locator, Page } from 'playwright-core';

export async function createPlayer(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is playing?' });
  await dialog.getByLabel('New player name').fill(name);
  await dialog.getByRole('button', { name: 'Create player' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A level's button on the map, found by its title (its label also says locked/open/completed). */
export function mapLevel(page: Page, title: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^Level \\d+: ${escapeRegExp(title)},`) });
}

export function question(page: Page, number: number): Locator {
  return page.getByRole('article', { name: `Question ${number}` });
}

export async function answerIdentity(page: Page, number: number, same: boolean): Promise<void> {
  const card = question(page, number);
  await card.getByRole('radio', { name: same ? 'True' : 'False', exact: true }).check();
  await card.getByRole('button', { name: 'Check' }).click();
}

export async function answerOutput(page: Page, number: number, text: string): Promise<void> {
  const card = question(page, number);
  await card.getByRole('textbox').fill(text);
  await card.getByRole('button', { name: 'Check' }).click();
}

export function verdictOf(page: Page, number: number): Locator {
  return question(page, number).getByRole('status');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
