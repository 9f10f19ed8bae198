// Main's side of the engine workers: every engine run a user's input can reach is a job posted to
// a worker thread (worker_threads, with a V8 heap cap from resourceLimits), never run in main.
// A job that passes its deadline, hits the heap cap or is cancelled takes its worker with it
// (Worker.terminate stops even one long big-int or string operation, which no engine budget
// can interrupt), and the next job gets a fresh worker. Main only waits on a message.
//
// Why worker_threads and not Electron's utilityProcess: the same code runs under plain Node
// (unit tests, the e2e host that binds main's handlers into Chromium, the CLI) and in Electron's
// main process, and Electron cannot start on the machines this is built on, so a utilityProcess
// path could never be tested here. A worker's heap cap (resourceLimits) and terminate() give the
// two guarantees asked for: a runaway job is killed at its deadline and at its memory cap, and
// main's own heap never holds the job's data.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackProgress } from '../classroom/pack-check';
import { JOB_DEADLINE_MS, type EngineJob, type JobResult } from './engine-jobs';
import type { FromWorker } from './worker-messages';

/** Each worker's V8 heap (old generation) cap; the engine's own memory budget is 256 MB of modelled objects. */
export const WORKER_HEAP_MB = 512;
/** Deep Python recursion nests JavaScript frames (see vitest.config.ts's --stack-size). */
const WORKER_STACK_MB = 16;
/** Two cores on the machines this targets: a pack check and a level's trace can run side by side. */
const DEFAULT_WORKERS = 2;

export type StopReason = 'deadline' | 'memory' | 'cancelled' | 'crashed' | 'failed';

/** A job that did not produce its result; the message is one a person can read. */
export class EngineStopped extends Error {
  constructor(
    readonly reason: StopReason,
    message: string,
  ) {
    super(message);
    this.name = 'EngineStopped';
  }
}

export interface JobOptions {
  /** default: JOB_DEADLINE_MS for the job's kind, counted from when a worker takes the job */
  readonly deadlineMs?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PackProgress) => void;
}

export interface EngineWorkersOptions {
  /** the worker's script: the built dist/electron/engine-worker.js in the app; default: the TypeScript source via tsx */
  readonly entry?: string | URL;
  readonly workers?: number;
  readonly heapMb?: number;
}

interface Slot {
  readonly worker: Worker;
  busy: boolean;
}

interface Task {
  readonly job: EngineJob;
  readonly options: JobOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: EngineStopped) => void;
}

/** The TypeScript worker, loaded through tsx's ESM hooks (tests, the e2e host, `npm run` scripts). */
function sourceEntry(): URL {
  const worker = new URL('./engine-worker.ts', import.meta.url);
  // require.resolve finds tsx's CommonJS build of its API; the worker imports the ESM one beside it
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

const cancelled = () => new EngineStopped('cancelled', 'cancelled');

export class EngineWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly size: number;
  private readonly heapMb: number;
  private entry: string | URL | null;

  constructor(options: EngineWorkersOptions = {}) {
    this.entry = options.entry ?? null;
    this.size = options.workers ?? DEFAULT_WORKERS;
    this.heapMb = options.heapMb ?? WORKER_HEAP_MB;
  }

  /** Runs a job in a worker; rejects with EngineStopped when it cannot give the job's result. */
  run<J extends EngineJob>(job: J, options: JobOptions = {}): Promise<JobResult<J>> {
    if (this.closed) return Promise.reject(new EngineStopped('crashed', 'the engine workers are shut down'));
    return new Promise<JobResult<J>>((resolve, reject) => {
      this.queue.push({ job, options, resolve: resolve as (value: unknown) => void, reject });
      this.pump();
    });
  }

  /** How many workers are alive (idle or busy). */
  get liveWorkers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new EngineStopped('crashed', 'the engine workers are shut down'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.idleSlot();
      if (!slot) return;
      const task = this.queue.shift()!;
      if (task.options.signal?.aborted) task.reject(cancelled());
      else this.start(slot, task);
    }
  }

  private idleSlot(): Slot | null {
    const idle = this.slots.find((slot) => !slot.busy);
    if (idle) return idle;
    if (this.slots.length >= this.size) return null;
    const slot = this.spawn();
    this.slots.push(slot);
    return slot;
  }

  private spawn(): Slot {
    this.entry ??= sourceEntry();
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: WORKER_STACK_MB },
    });
    worker.unref(); // an idle worker never keeps the app (or a test run) alive
    const slot: Slot = { worker, busy: false };
    // a worker that dies between jobs is dropped; one that dies in a job also fails the job (start)
    worker.on('error', () => this.drop(slot));
    worker.on('exit', () => this.drop(slot));
    return slot;
  }

  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }

  private start(slot: Slot, task: Task): void {
    slot.busy = true;
    const id = ++this.nextId;
    const { worker } = slot;
    const deadlineMs = task.options.deadlineMs ?? JOB_DEADLINE_MS[task.job.kind];
    const signal = task.options.signal;
    let settled = false;

    const finish = (outcome: { value: unknown } | { error: EngineStopped }, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
      if (keepWorker) slot.busy = false;
      else this.drop(slot);
      if ('error' in outcome) task.reject(outcome.error);
      else task.resolve(outcome.value);
      this.pump();
    };
    const onMessage = (message: FromWorker) => {
      if (message.id !== id) return;
      if (message.type === 'progress') task.options.onProgress?.(message.progress);
      else if (message.type === 'done') finish({ value: message.value }, true);
      else finish({ error: new EngineStopped('failed', `the engine failed: ${message.message}`) }, true);
    };
    const onError = (error: Error & { code?: string }) => {
      const stopped =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new EngineStopped('memory', `the engine was stopped at its memory limit (${this.heapMb} MB)`)
          : new EngineStopped('crashed', `the engine stopped: ${error.message}`);
      finish({ error: stopped }, false);
    };
    const onExit = (code: number) => finish({ error: new EngineStopped('crashed', `the engine stopped (exit code ${code})`) }, false);
    const onAbort = () => finish({ error: cancelled() }, false);
    const timer = setTimeout(
      () => finish({ error: new EngineStopped('deadline', `the engine was stopped after ${deadlineMs / 1000} seconds`) }, false),
      deadlineMs,
    );

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    signal?.addEventListener('abort', onAbort);
    worker.postMessage({ id, job: task.job });
  }
}
