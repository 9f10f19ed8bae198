// editor:* — the level editor's engine: live diagnostics, the trace to scrub, the answers to the
// questions being written, and the verdicts of a test run. Programs come from the teacher's
// keyboard, so every run is a job in an engine worker (electron/worker/), bounded by the pack
// step budget inside the engine and killed at its deadline or memory cap outside it.
import { engineWork, requireEngine } from './engine-calls';
import { ApiFailure } from './failure';
import type { HandlerTable } from './register';
import type { AppServices } from './services';

type EditorChannels = 'editor:check' | 'editor:trace' | 'editor:solve' | 'editor:check-answer';

export function editorHandlers(services: AppServices): Pick<HandlerTable, EditorChannels> {
  const engine = () => requireEngine(services.engine, 'levels cannot be solved');
  return {
    'editor:check': ({ code }) => engineWork('the program cannot be checked', () => engine().run({ kind: 'editor-check', code })),
    'editor:trace': ({ code, from, count }) => engineWork('the program cannot be traced', () => engine().run({ kind: 'editor-trace', code, from, count })),
    'editor:solve': ({ level }) => engineWork('the level cannot be solved', () => engine().run({ kind: 'editor-solve', level })),
    'editor:check-answer': async ({ level, question, answer }) => {
      const outcome = await engineWork('the answer cannot be checked', () => engine().run({ kind: 'editor-check-answer', level, question, answer }));
      if (!outcome.ok) throw new ApiFailure('bad-argument', outcome.refusal);
      return outcome.check;
    },
  };
}
