// Electron mode: the real app through Playwright's _electron.launch, pointed at the test's
// folders through REFQUEST_* variables (which an unpackaged main honours). Needs `npm run build`.
import { _electron } from 'playwright-core';
import { electronBinaryPath } from '../scripts/electron-binary';
import type { ResolvedOptions, RunningApp } from './host';
import { REPO_ROOT } from './host';

export async function launchInElectron(options: ResolvedOptions): Promise<RunningApp> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error('Electron mode asked for, but the Electron binary is missing');
  const app = await _electron.launch({
    executablePath,
    args: [REPO_ROOT],
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      REFQUEST_USER_DATA: options.userDataDir,
      REFQUEST_LEVELS_DIR: options.levelsDir,
      REFQUEST_RENDERER_DIR: options.rendererDir,
      REFQUEST_DIALOG_DIR: options.dialogDir,
    },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { page, quit: () => app.close() };
}
