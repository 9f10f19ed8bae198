// Runs corpus programs through real CPython, the oracle the engine is measured against.
// Each program runs exactly as `python3 FILE.py` would, in a fresh process with a pinned
// hash seed; results are cached by program text + python3 version so reruns are fast.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TESTS_DIR = dirname(fileURLToPath(import.meta.url));
export const PROGRAMS_DIR = join(TESTS_DIR, 'programs');
const REPO_ROOT = join(TESTS_DIR, '..', '..', '..');
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'refquest-oracle');

/** a program that runs longer than this under python3 is broken (the corpus targets < 1 s) */
const TIMEOUT_MS = 20_000;
/** the machine has two cores shared by everyone */
const POOL_SIZE = 2;

export interface PythonRun {
  readonly stdout: string;
  readonly stderr: string;
  /** the process exit status; -1 when python3 was killed for running too long */
  readonly exitCode: number;
  readonly millis: number;
}

/** every `.py` (or other `extension`) under `root`, as absolute paths in a stable order */
export function listPrograms(root: string = PROGRAMS_DIR, extension = '.py'): string[] {
  const entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
  return entries
    .filter((entry) => entry.endsWith(extension))
    .map((entry) => join(root, entry))
    .sort();
}

/** CPython's final traceback line (`IndexError: list index out of range`), or '' */
export function finalLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1]!.trimEnd();
}

let cachedVersion: string | undefined;
export function pythonVersion(): string {
  cachedVersion ??= execFileSync('python3', ['-c', 'import sys; print(sys.version)'], {
    encoding: 'utf8',
  }).trim();
  return cachedVersion;
}

/** the environment of `python3 FILE.py` with nothing inherited that could change behaviour */
function pythonEnv(hashSeed: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
    PYTHONHASHSEED: hashSeed,
    PYTHONDONTWRITEBYTECODE: '1',
  };
}

/** run one file as `python3 FILE.py` from the file's own folder */
export function runPython(file: string, hashSeed = '0'): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('python3', [file], { cwd: dirname(file), env: pythonEnv(hashSeed) });
    // stdin is empty, as under the engine: input() raises EOFError instead of waiting
    child.stdin.end();
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        exitCode: timedOut || code === null ? -1 : code,
        millis: performance.now() - started,
      });
    });
  });
}

/** map `items` through `task` with at most `limit` tasks in flight, keeping order */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function cacheKey(source: string, hashSeed: string): string {
  return createHash('sha256')
    .update(`${pythonVersion()}\0${hashSeed}\0${source}`)
    .digest('hex');
}

/** CPython's result for each file (hash seed 0), from the cache when the text is unchanged */
export async function oracleResults(files: readonly string[]): Promise<Map<string, PythonRun>> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const runs = await mapPool(files, POOL_SIZE, async (file) => {
    const cacheFile = join(CACHE_DIR, `${cacheKey(readFileSync(file, 'utf8'), '0')}.json`);
    if (existsSync(cacheFile)) {
      return JSON.parse(readFileSync(cacheFile, 'utf8')) as PythonRun;
    }
    const run = await runPython(file, '0');
    // a timed-out run says nothing about CPython; never cache it
    if (run.exitCode !== -1) writeFileSync(cacheFile, JSON.stringify(run));
    return run;
  });
  return new Map(files.map((file, index) => [file, runs[index]!]));
}
