// The engine process's entry: one job at a time from main, answered with its result, or with the
// error that stopped it. A job main gives up on (its deadline, a Cancel) ends this whole process:
// main kills it, so nothing here needs to be interruptible. Started by Node's fork (messages on
// process.send) or Electron's utilityProcess.fork (messages on process.parentPort).
import { runJob, type EngineJob } from './engine-jobs';
import type { FromWorker } from './worker-messages';

interface Request {
  readonly id: number;
  readonly job: EngineJob;
}

/** Electron's utility-process port (typed here: this file imports nothing from Electron). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: Request }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

function answer({ id, job }: Request): FromWorker {
  try {
    return { id, type: 'done', value: runJob(job, (progress) => send({ id, type: 'progress', progress })) };
  } catch (error) {
    return { id, type: 'failed', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function send(message: FromWorker): void {
  if (parentPort) parentPort.postMessage(message);
  else process.send!(message);
}

if (parentPort) {
  parentPort.on('message', ({ data }) => send(answer(data)));
} else if (process.send) {
  process.on('message', (request: Request) => send(answer(request)));
  // main went away: nothing is left to answer
  process.on('disconnect', () => process.exit(0));
} else {
  throw new Error('engine-worker runs as a child of the app (fork or utilityProcess), not on its own');
}
send({ id: 0, type: 'ready' });
