// The e2e host: runs the built renderer with `window.refquest` wired to the very handler table
// main registers. In Chromium (always available here) the table runs in this process, bound
// with exposeBinding; with a real Electron binary the app itself runs via _electron.launch.
// Specs only see `GameSession`, so the same spec runs both ways.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { electronBinaryPath } from '../scripts/electron-binary';
import { launchInChromium } from './chromium-host';
import { launchInElectron } from './electron-host';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export type HostMode = 'chromium' | 'electron';

export interface LaunchOptions {
  /** the built renderer to serve (default dist/renderer) */
  readonly rendererDir?: string;
  /** the level folders (default levels/) */
  readonly levelsDir?: string;
  /** the player's user-data folder; a fresh temp folder when omitted (kept by `restart`) */
  readonly userDataDir?: string;
  /** default: REFQUEST_E2E_MODE, else electron when its binary exists, else chromium */
  readonly mode?: HostMode;
  /**
   * Chromium mode only: whether the handlers have the engine (its workers, as in main; default
   * true). Electron mode always uses main's own.
   */
  readonly engine?: boolean;
  /**
   * The folder the app's file dialogs answer from (electron/ipc/scripted-dialogs.ts): Save
   * gives the suggested name in it, Open its files of the wanted kind. Default: a fresh temp folder.
   */
  readonly dialogDir?: string;
}

export interface GameSession {
  readonly page: Page;
  readonly mode: HostMode;
  readonly userDataDir: string;
  /** where the file dialogs save and open */
  readonly dialogDir: string;
  /** Quits and starts again on the same user-data folder, as a player reopening the app. */
  restart(): Promise<GameSession>;
  /** Quits; removes the user-data folder if the host created it. */
  close(): Promise<void>;
}

/** What a mode-specific launcher returns: a page and a way to shut it all down. */
export interface RunningApp {
  readonly page: Page;
  quit(): Promise<void>;
}

export interface ResolvedOptions {
  readonly rendererDir: string;
  readonly levelsDir: string;
  readonly userDataDir: string;
  readonly engine: boolean;
  readonly dialogDir: string;
}

export function chosenMode(requested?: HostMode): HostMode {
  const fromEnv = process.env.REFQUEST_E2E_MODE;
  const mode = requested ?? (fromEnv === 'chromium' || fromEnv === 'electron' ? fromEnv : undefined);
  if (mode) return mode;
  return electronBinaryPath() ? 'electron' : 'chromium';
}

export async function launchGame(options: LaunchOptions = {}): Promise<GameSession> {
  const mode = chosenMode(options.mode);
  const ownsUserData = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'refquest-e2e-user-')));
  const ownsDialogDir = options.dialogDir === undefined;
  const dialogDir = options.dialogDir ?? (await mkdtemp(path.join(tmpdir(), 'refquest-e2e-files-')));
  const resolved: ResolvedOptions = {
    rendererDir: path.resolve(options.rendererDir ?? path.join(REPO_ROOT, 'dist', 'renderer')),
    levelsDir: path.resolve(options.levelsDir ?? path.join(REPO_ROOT, 'levels')),
    userDataDir,
    engine: options.engine ?? true,
    dialogDir,
  };
  const running = mode === 'electron' ? await launchInElectron(resolved) : await launchInChromium(resolved);
  const session: GameSession = {
    page: running.page,
    mode,
    userDataDir,
    dialogDir,
    restart: async () => {
      await running.quit();
      const again = await launchGame({ ...options, mode, userDataDir, dialogDir });
      // the restarted session owns the folder now when this one did
      return ownsUserData || ownsDialogDir
        ? {
            ...again,
            close: async () => {
              await again.close();
              if (ownsUserData) await rm(userDataDir, { recursive: true, force: true });
              if (ownsDialogDir) await rm(dialogDir, { recursive: true, force: true });
            },
          }
        : again;
    },
    close: async () => {
      await running.quit();
      if (ownsUserData) await rm(userDataDir, { recursive: true, force: true });
      if (ownsDialogDir) await rm(dialogDir, { recursive: true, force: true });
    },
  };
  return session;
}
