// Main's side of the engine processes: every engine run a user's input can reach is a job
// posted to a child process (child_process.fork, with a V8 heap cap), never run in main. A job
// that passes its deadline, hits the heap cap or is cancelled takes its process with it (a kill
// stops even one long big-int or string operation, which no engine budget can interrupt), and
// the next job gets a fresh process. Main only waits on a message.
//
// Why a child process, and not worker_threads or Electron's utilityProcess:
// - worker_threads with resourceLimits was tried first and is not enough: a worker that reaches
//   its heap cap in the middle of a large allocation can bring V8's fatal out-of-memory handler
//   down on the whole process (it did, in the hostile-input suite), and main with it. A separate
//   process's out-of-memory ends that process only.
// - utilityProcess exists only inside Electron, which cannot start on the machines this is built
//   and tested on; fork runs the same code under plain Node (unit tests, the e2e host binding
//   main's handlers into Chromium) and in Electron's main (as Node, with ELECTRON_RUN_AS_NODE:
//   a packaged app must keep the RunAsNode fuse enabled).
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PackProgress } from '../classroom/pack-check';
import { JOB_DEADLINE_MS, type EngineJob, type JobResult } from './engine-jobs';
import type { FromWorker } from './worker-messages';

/** Each engine process's V8 heap (old generation) cap; the engine's own memory budget is 256 MB of modelled objects. */
export const WORKER_HEAP_MB = 768;
/** Deep Python recursion nests JavaScript frames (as `npm run engine` and vitest.config.ts allow). */
const STACK_SIZE_KB = 4000;
/** Two cores on the machines this targets: a pack check and a level's trace can run side by side. */
const DEFAULT_WORKERS = 2;
/** Starting an engine process (Node, and tsx compiling the engine in development) may take this long on a loaded machine. */
const STARTUP_MS = 60_000;
/** How much of a dead process's stderr is kept to tell an out-of-memory from another crash. */
const STDERR_TAIL = 4096;

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
  /** the engine process's script: the built dist/electron/engine-worker.js in the app; default: the TypeScript source via tsx */
  readonly entry?: string;
  readonly workers?: number;
  readonly heapMb?: number;
}

interface Slot {
  readonly child: ChildProcess;
  busy: boolean;
  /** the end of its stderr (V8's "heap out of memory" report lands there) */
  stderr: string;
  /** settles once the engine has loaded in it (or failed to) */
  readonly ready: Promise<void>;
}

interface Task {
  readonly job: EngineJob;
  readonly options: JobOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: EngineStopped) => void;
}

/** The entry to fork and the flags it needs: the built bundle, or the TypeScript source through tsx. */
function entryOf(entry: string | null): { file: string; execArgv: string[] } {
  if (entry) return { file: entry, execArgv: [] };
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  return { file: fileURLToPath(new URL('./engine-worker.ts', import.meta.url)), execArgv: ['--import', tsx] };
}

const cancelled = () => new EngineStopped('cancelled', 'cancelled');

export class EngineWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly size: number;
  private readonly heapMb: number;
  private readonly entry: string | null;

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
    for (const slot of this.slots.splice(0)) slot.child.kill('SIGKILL');
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
    const { file, execArgv } = entryOf(this.entry);
    const child = fork(file, [], {
      execArgv: [...execArgv, `--max-old-space-size=${this.heapMb}`, `--stack-size=${STACK_SIZE_KB}`],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced', // structured clone: a pack's bytes arrive as bytes
    });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new EngineStopped('crashed', `the engine did not start within ${STARTUP_MS / 1000} seconds`)), STARTUP_MS);
      const settle = (error?: EngineStopped) => {
        clearTimeout(timer);
        child.off('message', onReady);
        child.off('exit', onEarlyExit);
        if (error) reject(error);
        else resolve();
      };
      const onReady = (message: FromWorker) => {
        if (message.type === 'ready') settle();
      };
      const onEarlyExit = (code: number | null) => settle(new EngineStopped('crashed', `the engine did not start (exit code ${code}): ${slot.stderr.trim().split('\n').pop() ?? ''}`));
      child.on('message', onReady);
      child.on('exit', onEarlyExit);
    });
    ready.catch(() => {}); // a start that fails is reported to the job waiting on it
    const slot: Slot = { child, busy: false, stderr: '', ready };
    child.stderr?.on('data', (chunk: Buffer) => {
      slot.stderr = (slot.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    // an idle engine process never keeps the app (or a test run) alive
    child.unref();
    child.channel?.unref();
    // a process that dies between jobs is dropped; one that dies in a job also fails the job (start)
    child.on('exit', () => this.drop(slot));
    child.on('error', () => this.drop(slot));
    return slot;
  }

  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (slot.child.exitCode === null && slot.child.signalCode === null) slot.child.kill('SIGKILL');
  }

  /** Gives the task to the slot once its engine has loaded: the deadline counts the job, not the start. */
  private start(slot: Slot, task: Task): void {
    slot.busy = true;
    slot.ready.then(
      () => {
        if (task.options.signal?.aborted) {
          slot.busy = false;
          task.reject(cancelled());
          this.pump();
        } else this.post(slot, task);
      },
      (error: EngineStopped) => {
        this.drop(slot);
        task.reject(error);
        this.pump();
      },
    );
  }

  private post(slot: Slot, task: Task): void {
    const id = ++this.nextId;
    const { child } = slot;
    const deadlineMs = task.options.deadlineMs ?? JOB_DEADLINE_MS[task.job.kind];
    const signal = task.options.signal;
    let settled = false;

    const finish = (outcome: { value: unknown } | { error: EngineStopped }, keepWorker: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
      if (keepWorker) {
        slot.busy = false;
        child.channel?.unref();
      } else this.drop(slot);
      if ('error' in outcome) task.reject(outcome.error);
      else task.resolve(outcome.value);
      this.pump();
    };
    const onMessage = (message: FromWorker) => {
      if (message.id !== id) return;
      if (message.type === 'progress') task.options.onProgress?.(message.progress);
      else if (message.type === 'done') finish({ value: message.value }, true);
      else if (message.type === 'failed') finish({ error: new EngineStopped('failed', `the engine failed: ${message.message}`) }, true);
    };
    const onExit = (code: number | null, exitSignal: string | null) => {
      const outOfMemory = /heap out of memory|Reached heap limit/.test(slot.stderr);
      const stopped = outOfMemory
        ? new EngineStopped('memory', `the engine was stopped at its memory limit (${this.heapMb} MB)`)
        : new EngineStopped('crashed', `the engine stopped (${exitSignal ?? `exit code ${code}`})`);
      finish({ error: stopped }, false);
    };
    const onError = (error: Error) => finish({ error: new EngineStopped('crashed', `the engine stopped: ${error.message}`) }, false);
    const onAbort = () => finish({ error: cancelled() }, false);
    const timer = setTimeout(
      () => finish({ error: new EngineStopped('deadline', `the engine was stopped after ${deadlineMs / 1000} seconds`) }, false),
      deadlineMs,
    );

    child.on('message', onMessage);
    child.on('exit', onExit);
    child.on('error', onError);
    signal?.addEventListener('abort', onAbort);
    // while a job runs, its channel keeps main waiting for the answer
    child.channel?.ref();
    child.send({ id, job: task.job });
  }
}
