// Chromium mode: Debian's Chromium through playwright-core, the renderer served from localhost,
// and `window.refquest` bound to the handler table running here in Node.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHANNEL_NAMES } from '../electron/ipc/channel-names';
import { createDispatch } from '../electron/ipc/register';
import { ScriptedDialogs } from '../electron/ipc/scripted-dialogs';
import { createHandlers, openServices } from '../electron/ipc/services';
import { EngineWorkers } from '../electron/worker/engine-workers';
import type { ResolvedOptions, RunningApp } from './host';
import { serveFolder } from './static-server';

export const CHROMIUM_PATH = process.env.REFQUEST_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const BINDING = '__refquestInvoke';

/** Runs in the page before any of its scripts: builds window.refquest like the preload does. */
function installApi({ names, binding }: { names: readonly string[]; binding: string }): void {
  const host = globalThis as unknown as Record<string, (channel: string, arg: unknown) => Promise<unknown>>;
  const api = Object.fromEntries(names.map((name) => [name, (arg: unknown) => host[binding]!(name, arg)]));
  Object.defineProperty(globalThis, 'refquest', { value: Object.freeze(api), enumerable: true });
}

export async function launchInChromium(options: ResolvedOptions): Promise<RunningApp> {
  // the engine's workers, as main has them: every engine run of the bound handlers happens off this thread
  const engine = options.engine ? new EngineWorkers() : null;
  engine?.prestart();
  const services = await openServices({ userDataDir: options.userDataDir, levelsDir: options.levelsDir, engine });
  const server = await serveFolder(options.rendererDir);
  const dispatch = createDispatch(createHandlers(services, { dialogs: new ScriptedDialogs(options.dialogDir) }), { kind: 'origin', origin: server.origin }, (channel, error) =>
    console.error(`[e2e host] ${channel} failed:`, error),
  );
  const profileDir = await mkdtemp(path.join(tmpdir(), 'refquest-chromium-'));
  const cleanUp = async () => {
    await server.close();
    await engine?.close();
    await rm(profileDir, { recursive: true, force: true });
  };
  try {
    // launchPersistentContext is how Playwright takes a --user-data-dir: a fresh one per launch.
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 800 },
    });
    // No remote content, as in main: only our own origin may load.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
    await context.exposeBinding(BINDING, (source, channel: unknown, arg: unknown) =>
      dispatch(String(channel), arg, { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }),
    );
    await context.addInitScript(installApi, { names: CHANNEL_NAMES, binding: BINDING });
    const page = context.pages()[0] ?? (await context.newPage());
    // software WebGL on a busy 2-core machine can take a while to bring the first screen up
    page.setDefaultTimeout(60_000);
    await page.goto(`${server.origin}/index.html`);
    return {
      page,
      quit: async () => {
        await services.store.flush();
        await context.close();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
