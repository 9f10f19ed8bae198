// editor:* — the level editor's engine: live diagnostics, the trace to scrub, the answers to the
// questions being written. Programs come from the teacher's keyboard, so every run is bounded by
// the same step budget a pack's import uses.
import { checkProgram } from '../editor/check-program';
import { EditedTraces } from '../editor/edited-traces';
import { solveEditedLevel } from '../editor/solve-edited';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

export function editorHandlers(services: AppServices): Pick<HandlerTable, 'editor:check' | 'editor:trace' | 'editor:solve'> {
  const traces = new EditedTraces();
  return {
    'editor:check': ({ code }) => checkProgram(code),
    'editor:trace': ({ code, from, count }) => traces.slice(code, from, count),
    'editor:solve': ({ level }) => {
      if (!services.solver) throw new ApiFailure('engine-unavailable', 'levels cannot be solved: the simulation engine is not available');
      return solveEditedLevel(level, services.solver);
    },
  };
}
