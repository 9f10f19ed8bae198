// Main's side of the engine processes: every engine run a user's input can reach is a job
// posted to a separate process (engine-process.ts: Node's fork, or Electron's utilityProcess in
// the app), never run in main. A job that passes its deadline, hits the process's heap cap or is
// cancelled takes its process with it (a kill stops even one long big-int or string operation,
// which no engine budget can interrupt), and the next job gets a fresh process. Main only waits
// on a message.
//
// Why processes, and not worker_threads:
// - worker_threads with resourceLimits was tried first and is not enough: a worker that reaches
//   its heap cap in the middle of a large allocation can bring V8's fatal out-of-memory handler
//   down on the whole process (it did, in the hostile-input suite), and main with it. A separate
//   process's out-of-memory ends that process only.
// - Electron cannot start on the machines this is built and tested on, so the Node spawner
//   (child_process.fork) is what the tests, the e2e host (binding main's handlers into Chromium)
//   and development run; the app passes Electron's utilityProcess.fork instead, the same
//   entry and messages (engine-worker.ts answers either).
import type { PackProgress } from '../classroom/pack-check';
import { JOB_DEADLINE_MS, type EngineJob, type JobResult } from './engine-jobs';
import { nodeSpawner, type EngineProcess, type EngineSpawner } from './engine-process';
import type { FromWorker } from './worker-messages';

/** Each engine process's V8 heap (old generation) cap; the engine's own memory budget is 256 MB of modelled objects. */
export const WORKER_HEAP_MB = 768;
/** Two cores on the machines this targets: a pack check and a level's trace can run side by side. */
const DEFAULT_WORKERS = 2;
/** Starting an engine process (Node, and tsx compiling the engine in development) may take this long on a loaded machine. */
const STARTUP_MS = 60_000;

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
  /** how to start an engine process; default: Node's fork of the TypeScript source, through tsx */
  readonly spawn?: EngineSpawner;
  readonly workers?: number;
  readonly heapMb?: number;
}

interface Slot {
  readonly process: EngineProcess;
  busy: boolean;
  /** settles once the engine has loaded in it (or failed to) */
  readonly ready: Promise<void>;
}

interface Task {
  readonly job: EngineJob;
  readonly options: JobOptions;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: EngineStopped) => void;
}

const cancelled = () => new EngineStopped('cancelled', 'cancelled');

export class EngineWorkers {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly size: number;
  private readonly heapMb: number;
  private readonly spawner: EngineSpawner;

  constructor(options: EngineWorkersOptions = {}) {
    this.spawner = options.spawn ?? nodeSpawner();
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

  /**
   * Starts the engine processes now, idle, so the first job does not wait for one to load (a
   * person opening a level right after launch; Node and the engine take a moment to start).
   */
  prestart(): void {
    while (!this.closed && this.slots.length < this.size) this.slots.push(this.spawn());
  }

  /** How many workers are alive (idle or busy). */
  get liveWorkers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new EngineStopped('crashed', 'the engine workers are shut down'));
    for (const slot of this.slots.splice(0)) slot.process.kill();
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
    const child = this.spawner(this.heapMb);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => settle(new EngineStopped('crashed', `the engine did not start within ${STARTUP_MS / 1000} seconds`)), STARTUP_MS);
      const settle = (error?: EngineStopped) => {
        clearTimeout(timer);
        offMessage();
        offEnd();
        if (error) reject(error);
        else resolve();
      };
      const offMessage = child.onMessage((message) => {
        if (message.type === 'ready') settle();
      });
      const offEnd = child.onEnd((end) => settle(new EngineStopped('crashed', `the engine did not start (${end.detail})`)));
    });
    ready.catch(() => {}); // a start that fails is reported to the job waiting on it
    const slot: Slot = { process: child, busy: false, ready };
    // a process that dies between jobs is dropped; one that dies in a job also fails the job (post)
    child.onEnd(() => this.drop(slot));
    return slot;
  }

  private drop(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    slot.process.kill();
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
    const child = slot.process;
    const deadlineMs = task.options.deadlineMs ?? JOB_DEADLINE_MS[task.job.kind];
    const signal = task.options.signal;
    let settled = false;

    const finish = (outcome: { value: unknown } | { error: EngineStopped }, keepProcess: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      offMessage();
      offEnd();
      signal?.removeEventListener('abort', onAbort);
      child.setBusy(false);
      if (keepProcess) slot.busy = false;
      else this.drop(slot);
      if ('error' in outcome) task.reject(outcome.error);
      else task.resolve(outcome.value);
      this.pump();
    };
    const offMessage = child.onMessage((message: FromWorker) => {
      if (message.id !== id) return;
      if (message.type === 'progress') task.options.onProgress?.(message.progress);
      else if (message.type === 'done') finish({ value: message.value }, true);
      else if (message.type === 'failed') finish({ error: new EngineStopped('failed', `the engine failed: ${message.message}`) }, true);
    });
    const offEnd = child.onEnd((end) => {
      const stopped = end.outOfMemory
        ? new EngineStopped('memory', `the engine was stopped at its memory limit (${this.heapMb} MB)`)
        : new EngineStopped('crashed', `the engine stopped (${end.detail})`);
      finish({ error: stopped }, false);
    });
    const onAbort = () => finish({ error: cancelled() }, false);
    const timer = setTimeout(
      () => finish({ error: new EngineStopped('deadline', `the engine was stopped after ${deadlineMs / 1000} seconds`) }, false),
      deadlineMs,
    );
    signal?.addEventListener('abort', onAbort);
    // while a job runs, the process keeps main waiting for the answer
    child.setBusy(true);
    child.send({ id, job: task.job });
  }
}
