// The engine worker's entry: one job at a time from main, answered with its result, or with the
// error that stopped it. A job main gives up on (its deadline, a Cancel) ends this whole thread:
// main terminates it, so nothing here needs to be interruptible.
import { parentPort } from 'node:worker_threads';
import { runJob, type EngineJob } from './engine-jobs';
import type { FromWorker } from './worker-messages';

const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs as a worker thread, not on its own');

port.on('message', ({ id, job }: { id: number; job: EngineJob }) => {
  let reply: FromWorker;
  try {
    const value = runJob(job, (progress) => port.postMessage({ id, type: 'progress', progress } satisfies FromWorker));
    reply = { id, type: 'done', value };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reply = { id, type: 'failed', message };
  }
  port.postMessage(reply);
});
