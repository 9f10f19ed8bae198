// `npm run -s engine -- run FILE.py` prints what `python3 FILE.py` prints;
// `npm run -s engine -- trace FILE.py [--max-steps N]` writes the step trace as JSON (docs/TRACE-FORMAT.md);
// `npm run -s engine -- snapshot TRACE.json STEP` prints the snapshot of one step rebuilt from such a file.
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { runSource } from './run';
import { traceProgram } from './trace/trace-program';
import { readTraceFile } from './trace/trace-file';

function usage(): never {
  process.stderr.write('usage: engine run FILE.py | engine trace FILE.py [--max-steps N] | engine snapshot TRACE.json STEP\n');
  process.exit(2);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text`. When stdout is a pipe Node may have made it non-blocking, and a full
 * pipe makes writeSync throw EAGAIN: wait a moment for the reader and go on. A reader that
 * went away (EPIPE: `| head`) ends the output quietly, as it ends python3's.
 */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

function main(argv: string[]): number {
  const [command, file, ...rest] = argv;
  if (!command || !file) usage();
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`engine: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  if (command === 'snapshot') return printSnapshot(file, source, rest[0]);
  const maxIdx = rest.indexOf('--max-steps');
  const maxSteps = maxIdx >= 0 ? Number(rest[maxIdx + 1]) : undefined;
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps > 0)) usage();
  if (command === 'run') {
    const r = runSource(source, { maxSteps, filename: file });
    writeAll(1, r.stdout);
    writeAll(2, r.stderr);
    return r.exitCode;
  }
  if (command === 'trace') {
    const t = traceProgram(source, { maxSteps, filename: basename(file) });
    writeAll(1, JSON.stringify(t.toJSON()) + '\n');
    writeAll(2, t.result.stderr);
    return t.result.exitCode;
  }
  return usage();
}

function printSnapshot(file: string, text: string, stepArg: string | undefined): number {
  const step = Number(stepArg);
  if (stepArg === undefined || !Number.isInteger(step)) usage();
  try {
    const trace = readTraceFile(JSON.parse(text));
    if (step < 0 || step >= trace.stepCount) throw new Error(`step ${step} is outside 0..${trace.stepCount - 1}`);
    writeAll(1, JSON.stringify(trace.snapshot(step)) + '\n');
    return 0;
  } catch (e) {
    process.stderr.write(`engine: ${file}: ${(e as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
