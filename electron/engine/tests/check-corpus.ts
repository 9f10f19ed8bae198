// Audits the corpus before it is trusted as an oracle:
//   npx tsx electron/engine/tests/check-corpus.ts [PROGRAMS_DIR]
// Every program runs under python3 twice with different hash seeds (output must not depend on
// them), must finish quickly, must stay inside the engine's subset (corpus-lint.py) and must not
// print addresses. What a program prints at interpreter shutdown is ordinary output: the engine
// models Py_FinalizeEx (run.ts), so no folder is exempt from anything.
import { execFileSync } from 'node:child_process';
import { join, relative, sep } from 'node:path';
import {
  finalLine,
  listPrograms,
  mapPool,
  PROGRAMS_DIR,
  runPython,
  TESTS_DIR,
  type PythonRun,
} from './python-oracle';

const SLOW_MS = 1000;
const SEEDS = ['0', '3141592'] as const;
/** the corpus root; another folder can be given to audit new programs before adding them */
const ROOT = process.argv[2] ?? PROGRAMS_DIR;

const problems = new Map<string, string[]>();
function report(file: string, problem: string): void {
  const name = relative(ROOT, file);
  problems.set(name, [...(problems.get(name) ?? []), problem]);
}

function topicOf(file: string): string {
  return relative(ROOT, file).split(sep)[0]!;
}

function sameBehaviour(a: PythonRun, b: PythonRun): boolean {
  return a.stdout === b.stdout && a.exitCode === b.exitCode && finalLine(a.stderr) === finalLine(b.stderr);
}

function lint(files: readonly string[]): void {
  const output = execFileSync('python3', [join(TESTS_DIR, 'corpus-lint.py')], {
    input: JSON.stringify(files),
    encoding: 'utf8',
  });
  for (const [file, found] of Object.entries(JSON.parse(output) as Record<string, string[]>)) {
    for (const problem of found) report(file, problem);
  }
}

async function main(): Promise<void> {
  const files = listPrograms(ROOT);
  const byTopic = new Map<string, number>();
  for (const file of files) byTopic.set(topicOf(file), (byTopic.get(topicOf(file)) ?? 0) + 1);
  console.log(`${files.length} programs: ${[...byTopic].map(([t, n]) => `${t} ${n}`).join(', ')}`);

  lint(files);
  await mapPool(files, 2, async (file) => {
    const [first, second] = [await runPython(file, SEEDS[0]), await runPython(file, SEEDS[1])];
    if (!sameBehaviour(first, second)) report(file, 'output depends on the hash seed');
    const slowest = Math.max(first.millis, second.millis);
    if (slowest > SLOW_MS) report(file, `slow: ${Math.round(slowest)} ms`);
    if (first.exitCode !== 0 && first.exitCode !== 1) report(file, `exit status ${first.exitCode}`);
    if (/0x[0-9a-f]{6,}/i.test(first.stdout)) report(file, 'prints an address');
    const isSyntax = /^(SyntaxError|IndentationError|TabError)\b/.test(finalLine(first.stderr));
    if (isSyntax !== (topicOf(file) === 'syntax')) {
      report(file, isSyntax ? 'SyntaxError outside syntax/' : 'syntax/ program compiles');
    }
    if (first.stderr.includes('Exception ignored')) {
      report(file, 'an exception was ignored (in __del__ or a callback)');
    }
  });

  for (const [name, found] of [...problems].sort()) {
    console.log(`${name}\n${found.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  console.log(problems.size === 0 ? 'corpus OK' : `${problems.size} programs with problems`);
  process.exitCode = problems.size === 0 ? 0 : 1;
}

await main();
