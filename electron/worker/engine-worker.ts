// The engine process's entry: one job at a time from main, answered with its result, or with the
// error that stopped it. A job main gives up on (its deadline, a Cancel) ends this whole process:
// main kills it, so nothing here needs to be interruptible.
import { runJob, type EngineJob } from './engine-jobs';
import type { FromWorker } from './worker-messages';

if (!process.send) throw new Error('engine-worker runs as a child process of the app (with an IPC channel), not on its own');
const send = (message: FromWorker) => process.send!(message);

process.on('message', ({ id, job }: { id: number; job: EngineJob }) => {
  let reply: FromWorker;
  try {
    const value = runJob(job, (progress) => send({ id, type: 'progress', progress }));
    reply = { id, type: 'done', value };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    reply = { id, type: 'failed', message };
  }
  send(reply);
});
// main went away: nothing is left to answer
process.on('disconnect', () => process.exit(0));
send({ id: 0, type: 'ready' });
