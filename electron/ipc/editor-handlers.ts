// editor:* — the level editor's engine: live diagnostics, the trace to scrub, the answers to the
// questions being written, and the verdicts of a test run. Programs come from the teacher's
// keyboard, so every run is bounded by the same step budget a pack's import uses.
import { checkProgram } from '../editor/check-program';
import { EditedTraces } from '../editor/edited-traces';
import { EditedLevelChecker, EditedLevelRefused, solveEditedLevel } from '../editor/solve-edited';
import type { LevelSolver } from '../levels/answers';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type EditorChannels = 'editor:check' | 'editor:trace' | 'editor:solve' | 'editor:check-answer';

export function editorHandlers(services: AppServices): Pick<HandlerTable, EditorChannels> {
  const traces = new EditedTraces();
  let checker: EditedLevelChecker | null = null;
  const requireSolver = (): LevelSolver => {
    if (!services.solver) throw new ApiFailure('engine-unavailable', 'levels cannot be solved: the simulation engine is not available');
    return services.solver;
  };
  return {
    'editor:check': ({ code }) => checkProgram(code),
    'editor:trace': ({ code, from, count }) => traces.slice(code, from, count),
    'editor:solve': ({ level }) => solveEditedLevel(level, requireSolver()),
    'editor:check-answer': ({ level, question, answer }) => {
      checker ??= new EditedLevelChecker(requireSolver());
      try {
        return checker.check(level, question, answer);
      } catch (error) {
        if (error instanceof EditedLevelRefused) throw new ApiFailure('bad-argument', error.message);
        throw error;
      }
    },
  };
}
