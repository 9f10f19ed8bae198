// The state behind the handlers, built the same way by main and by the e2e host: a progress
// store in a userData folder, the level catalog, and the engine-backed solver (when present).
import { openClassroom } from '../classroom/classroom-state';
import type { ClassroomState } from '../classroom/classroom-state';
import type { LevelSolution, LevelSolver } from '../levels/answers';
import { loadCatalog } from '../levels/catalog';
import type { Catalog } from '../levels/catalog';
import { LevelRuns } from '../levels/runs';
import { ProgressStore } from '../progress/store';
import { classroomHandlers } from './classroom-handlers';
import type { HandlerTable } from './register';
import { levelHandlers } from './level-handlers';
import { profileHandlers } from './profile-handlers';

export interface AppServices {
  readonly store: ProgressStore;
  readonly catalog: Catalog;
  readonly solver: LevelSolver | null;
  readonly runs: LevelRuns;
  /** solutions are computed once per level and kept */
  readonly solutions: Map<string, LevelSolution>;
  /** imported challenge packs and the challenges in play */
  readonly classroom: ClassroomState;
}

export interface ServiceOptions {
  readonly userDataDir: string;
  readonly levelsDir: string;
  readonly solver: LevelSolver | null;
}

export async function openServices(options: ServiceOptions): Promise<AppServices> {
  const [store, catalog, classroom] = await Promise.all([
    ProgressStore.open(options.userDataDir),
    loadCatalog(options.levelsDir),
    openClassroom(options.userDataDir),
  ]);
  return { store, catalog, solver: options.solver, runs: new LevelRuns(), solutions: new Map(), classroom };
}

/** The one handler table: main registers it with ipcMain, the e2e host binds it into Chromium. */
export function createHandlers(services: AppServices): HandlerTable {
  return { ...levelHandlers(services), ...profileHandlers(services), ...classroomHandlers(services) };
}
