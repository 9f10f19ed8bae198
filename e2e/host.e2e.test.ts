// Proves the host: a page calls the API the way the renderer will, and the calls reach the
// real handler table (the same one main registers) with its validation.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GameSession } from './host';
import { launchGame } from './host';
import { loadCatalog } from '../electron/levels/catalog';
import { CHANNEL_NAMES } from '../electron/ipc/channel-names';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'host-proof');

let session: GameSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('e2e host', () => {
  it('serves a page whose window.refquest reaches the real handlers', async () => {
    session = await launchGame({ rendererDir: FIXTURE });
    const worlds = session.page.getByRole('status', { name: 'worlds' });
    // the fixture lists every world with its level count, as the real handler returns them
    const catalog = await loadCatalog(path.join(import.meta.dirname, '..', 'levels'));
    const expected = catalog.worlds.map((w) => `${w.definition.id}:${w.levels.length}`).join(' ');
    await expect.poll(() => worlds.textContent()).toBe(expected);
    const bad = session.page.getByRole('status', { name: 'bad call' });
    await expect.poll(() => bad.textContent()).toMatch(/^bad-argument: bad argument for levels:open: levelId: .*expected string/);
  });

  it('exposes one function per channel and nothing else', async () => {
    session = await launchGame({ rendererDir: FIXTURE });
    const exposed = await session.page.evaluate(() => {
      const api = (globalThis as unknown as { refquest: Record<string, unknown> }).refquest;
      return { names: Object.keys(api).sort(), frozen: Object.isFrozen(api), hasIpc: 'ipcRenderer' in globalThis };
    });
    expect(exposed.names).toEqual([...CHANNEL_NAMES].sort());
    expect(exposed.frozen).toBe(true);
    expect(exposed.hasIpc).toBe(false);
  });

  it('keeps progress in the user-data folder across a restart', async () => {
    session = await launchGame({ rendererDir: FIXTURE });
    type Api = Record<string, (arg: unknown) => Promise<{ ok: boolean; value: { profiles: { name: string }[] } }>>;
    await session.page.evaluate(() => (globalThis as unknown as { refquest: Api }).refquest['profiles:create']!({ name: 'Ada' }));
    session = await session.restart();
    const names = await session.page.evaluate(async () => {
      const reply = await (globalThis as unknown as { refquest: Api }).refquest['profiles:list']!({});
      return reply.value.profiles.map((p) => p.name);
    });
    expect(names).toEqual(['Ada']);
  });

  it('applies the CSP: an inline script does not run', async () => {
    session = await launchGame({ rendererDir: FIXTURE });
    const ran = await session.page.evaluate(async () => {
      const doc = (globalThis as unknown as { document: { createElement(t: string): { textContent: string }; body: { appendChild(n: unknown): void } } }).document;
      const script = doc.createElement('script');
      script.textContent = 'globalThis.__inlineRan = true';
      doc.body.appendChild(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (globalThis as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});
