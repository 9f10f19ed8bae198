// Opens the built heap dev page in Debian's Chromium (playwright-core), served with the app's
// CSP by the e2e static server, in a fresh profile; the caller closes it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { DevWindow } from '../../renderer/heap/dev-api';
import { serveFolder } from '../../e2e/static-server';
import { buildDevPage } from './build-dev';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface DevPage {
  readonly page: Page;
  close(): Promise<void>;
}

export async function openDevPage(): Promise<DevPage> {
  const dir = await buildDevPage();
  const server = await serveFolder(dir);
  const profile = await mkdtemp(path.join(tmpdir(), 'refquest-heap-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.REFQUEST_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1380, height: 760 },
  });
  const close = async () => {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.origin}/dev.html`);
    await page.waitForFunction(() => (globalThis as unknown as DevWindow).heapDev !== undefined);
    await page.evaluate(() => (globalThis as unknown as DevWindow).heapDev.ready);
    if (errors.length > 0) throw new Error(`dev page errors:\n${errors.join('\n')}`);
    return { page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
