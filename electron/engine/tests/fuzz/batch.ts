// CPython's results for many generated programs from one python3 process (batch-driver.py
// forks a child per program: far cheaper than starting python3 each time). Its collector
// counts are calibrated against a fresh `python3 FILE.py`, and every difference the fuzzer
// reports is confirmed by a fresh run before it counts (run.ts), so the harness cannot
// invent one.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPython, type PythonRun } from '../python-oracle';

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), 'batch-driver.py');

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

async function drive(files: readonly string[], outDir: string, start: readonly number[], hashSeed: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [DRIVER, outDir, start.join(',')], { env: pythonEnv(hashSeed) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const statuses = stdout.trim().split('\n').filter(Boolean).map((line) => Number(line.split(' ')[1]));
      if (code !== 0 || statuses.length !== files.length) {
        reject(new Error(`batch-driver.py failed (exit ${code}): ${stderr.slice(-500)}`));
      } else resolve(statuses);
    });
    child.stdin.end(files.join('\n') + '\n');
  });
}

/** run `sources` as programs in one python3 process; `start` from calibrate() */
export async function batchPython(sources: readonly string[], start: readonly number[], hashSeed = '0'): Promise<PythonRun[]> {
  const dir = mkdtempSync(join(tmpdir(), 'refquest-fuzz-'));
  try {
    const files = sources.map((source, i) => {
      const file = join(dir, `program${i}.py`);
      writeFileSync(file, source);
      return file;
    });
    const started = performance.now();
    const statuses = await drive(files, dir, start, hashSeed);
    const millis = (performance.now() - started) / Math.max(1, files.length);
    return statuses.map((exitCode, i) => ({
      stdout: readFileSync(join(dir, `${i}.out`), 'utf8'),
      stderr: readFileSync(join(dir, `${i}.err`), 'utf8'),
      exitCode,
      millis,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PROBE = 'import gc\nprint(gc.get_count())\n';

function counts(run: PythonRun): number[] {
  const match = /^\((\d+), (\d+), (\d+)\)/.exec(run.stdout);
  if (!match) throw new Error(`calibration probe printed ${JSON.stringify(run.stdout)}`);
  return match.slice(1).map(Number);
}

/** the driver's start counts that make a batch run's collector counts a fresh run's */
export async function calibrate(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'refquest-calibrate-'));
  try {
    const file = join(dir, 'probe.py');
    writeFileSync(file, PROBE);
    const fresh = counts(await runPython(file));
    const [zero] = await batchPython([PROBE], [0, fresh[1]!, fresh[2]!]);
    const batched = counts(zero!);
    return [fresh[0]! - batched[0]!, fresh[1]!, fresh[2]!];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
