// The state behind the handlers, built the same way by main and by the e2e host: a progress
// store in a userData folder, the level catalog, and the engine workers (when present).
import { openClassroom } from '../classroom/classroom-state';
import type { ClassroomState } from '../classroom/classroom-state';
import type { LevelSolution } from '../levels/answers';
import { findLevel, loadCatalog } from '../levels/catalog';
import type { Catalog } from '../levels/catalog';
import { LevelRuns } from '../levels/runs';
import { ProgressStore } from '../progress/store';
import { ByteBoundedCache } from '../worker/byte-cache';
import type { EngineWorkers } from '../worker/engine-workers';
import { lockDuringChallenge } from './challenge-lock';
import { ChosenPaths, guardChosenPaths } from './chosen-paths';
import { classroomHandlers } from './classroom-handlers';
import { editorHandlers } from './editor-handlers';
import { dialogHandlers } from './file-dialogs';
import type { FileDialogs } from './file-dialogs';
import { ApiFailure } from './failure';
import type { MenuCommands } from './menu-commands';
import type { HandlerTable } from './register';
import { levelHandlers } from './level-handlers';
import { profileHandlers } from './profile-handlers';

export interface AppServices {
  readonly store: ProgressStore;
  readonly catalog: Catalog;
  /** where every engine run goes; null: a host without the engine (answers cannot be checked) */
  readonly engine: EngineWorkers | null;
  readonly runs: LevelRuns;
  /** campaign levels' answers (never their traces), computed in a worker and kept up to a byte cap */
  readonly solutions: ByteBoundedCache<string, LevelSolution>;
  /** imported challenge packs and the challenges in play */
  readonly classroom: ClassroomState;
}

export interface ServiceOptions {
  readonly userDataDir: string;
  readonly levelsDir: string;
  readonly engine: EngineWorkers | null;
}

/** Answers for every campaign level fit many times over; a trace never goes in. */
export const SOLUTION_CACHE_BYTES = 8 * 1024 * 1024;

export async function openServices(options: ServiceOptions): Promise<AppServices> {
  const [store, catalog, classroom] = await Promise.all([
    ProgressStore.open(options.userDataDir),
    loadCatalog(options.levelsDir),
    openClassroom(options.userDataDir),
  ]);
  return { store, catalog, engine: options.engine, runs: new LevelRuns(), solutions: new ByteBoundedCache(SOLUTION_CACHE_BYTES), classroom };
}

/** What only the host has: file dialogs (Electron's, or scripted in tests) and the app menu. */
export interface HostServices {
  readonly dialogs: FileDialogs;
  readonly menu?: MenuCommands;
}

const noDialogs = (): never => {
  throw new ApiFailure('internal', 'this host has no file dialogs');
};

/**
 * The one handler table: main registers it with ipcMain, the e2e host binds it into Chromium.
 * With a host's dialogs, the classroom channels read and write only the files chosen in them;
 * without (unit tests of the classroom channels), the dialog channels refuse and paths are taken as given.
 */
export function createHandlers(services: AppServices, host?: HostServices): HandlerTable {
  const table: HandlerTable = lockDuringChallenge({
    ...levelHandlers(services),
    ...profileHandlers(services),
    ...classroomHandlers(services),
    ...editorHandlers(services),
    'dialog:open-files': noDialogs,
    'dialog:save-file': noDialogs,
    'app:menu-command': () => (host?.menu ? host.menu.next() : new Promise<never>(() => {})),
  }, services.classroom.attempts, (levelId) => findLevel(services.catalog, levelId)?.definition.code);
  if (!host) return table;
  const chosen = new ChosenPaths();
  return guardChosenPaths({ ...table, ...dialogHandlers(host.dialogs, chosen) }, chosen);
}
