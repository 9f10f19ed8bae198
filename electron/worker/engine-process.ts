// One process running engine-worker, as EngineWorkers sees it, whichever way it was started:
// Node's child_process.fork (plain Node: unit tests, the e2e host, development) or Electron's
// utilityProcess.fork (the app; main.ts passes it in, so nothing here imports Electron).
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FromWorker } from './worker-messages';

/** How it ended: out of memory (V8's report says so) or otherwise, with what it said. */
export interface ProcessEnd {
  readonly outOfMemory: boolean;
  readonly detail: string;
}

export interface EngineProcess {
  send(message: unknown): void;
  /** each returns the function that removes the listener */
  onMessage(listener: (message: FromWorker) => void): () => void;
  onEnd(listener: (end: ProcessEnd) => void): () => void;
  kill(): void;
  /** an idle process must not keep the host running (Node's event loop; Electron does not need it) */
  setBusy(busy: boolean): void;
}

/** Starts one engine process with this V8 heap cap. */
export type EngineSpawner = (heapMb: number) => EngineProcess;

/** Deep Python recursion nests JavaScript frames (as `npm run engine` and vitest.config.ts allow). */
export const STACK_SIZE_KB = 4000;
/** How much of a dead process's stderr is kept to tell an out-of-memory from another crash. */
const STDERR_TAIL = 4096;
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/;

/** The entry to fork and the flags it needs: a built bundle, or the TypeScript source through tsx. */
function entryOf(entry: string | undefined): { file: string; execArgv: string[] } {
  if (entry) return { file: entry, execArgv: [] };
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  return { file: fileURLToPath(new URL('./engine-worker.ts', import.meta.url)), execArgv: ['--import', tsx] };
}

/** child_process.fork: the engine as a Node process. */
export function nodeSpawner(entry?: string): EngineSpawner {
  return (heapMb) => {
    const { file, execArgv } = entryOf(entry);
    const child = fork(file, [], {
      execArgv: [...execArgv, `--max-old-space-size=${heapMb}`, `--stack-size=${STACK_SIZE_KB}`],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced', // structured clone: a pack's bytes arrive as bytes
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.on('error', () => child.kill('SIGKILL'));
    const setBusy = (busy: boolean) => {
      if (busy) child.channel?.ref();
      else child.channel?.unref();
    };
    child.unref();
    setBusy(false);
    return {
      send: (message) => child.send(message as object),
      onMessage(listener) {
        child.on('message', listener);
        return () => child.off('message', listener);
      },
      onEnd(listener) {
        // 'close' comes after the stderr pipe has delivered V8's last words ('exit' can come first)
        const onClose = (code: number | null, signal: string | null) =>
          listener({ outOfMemory: OUT_OF_MEMORY.test(stderr), detail: signal ?? `exit code ${code}` });
        child.on('close', onClose);
        return () => child.off('close', onClose);
      },
      kill: () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
      setBusy,
    };
  };
}

/** The part of Electron's UtilityProcess used here (typed locally: only main.ts imports Electron). */
export interface UtilityProcessLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (type: string, location: string, report: string) => void): unknown;
  off(event: 'message', listener: (message: FromWorker) => void): unknown;
  off(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type UtilityFork = (modulePath: string, args: string[], options: { execArgv: string[]; serviceName: string; stdio: 'ignore' }) => UtilityProcessLike;

/**
 * Electron's utilityProcess.fork: the engine as a Node-enabled utility process of the app (it
 * needs no RunAsNode fuse, which electron-builder.yml turns off). Not run on the build machines,
 * where Electron cannot start; typechecked against Electron's typings through main.ts.
 */
export function utilitySpawner(forkUtility: UtilityFork, entry: string): EngineSpawner {
  return (heapMb) => {
    const child = forkUtility(entry, [], {
      execArgv: [`--max-old-space-size=${heapMb}`, `--stack-size=${STACK_SIZE_KB}`],
      serviceName: 'RefQuest engine',
      stdio: 'ignore',
    });
    let fatal = '';
    child.on('error', (_type, _location, report) => {
      fatal = report;
    });
    let alive = true;
    child.on('exit', () => {
      alive = false;
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage(listener) {
        child.on('message', listener);
        return () => child.off('message', listener);
      },
      onEnd(listener) {
        const onExit = (code: number) => listener({ outOfMemory: OUT_OF_MEMORY.test(fatal), detail: `exit code ${code}` });
        child.on('exit', onExit);
        return () => child.off('exit', onExit);
      },
      kill: () => {
        if (alive) child.kill();
      },
      setBusy: () => {},
    };
  };
}
