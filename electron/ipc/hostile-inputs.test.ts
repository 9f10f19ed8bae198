// Hostile input, generated, through the real handler table with the engine in its workers, as
// main runs it: packs and editor programs built to freeze, crash or fool the app (huge powers,
// huge strings, deep chains, huge fields, questions on lines that never run, programs that do
// not compile, builtins the engine lacks). Every case must end in a clear refusal or in the
// correct result (python3's), within the documented limits, while main's event loop keeps
// ticking and main's heap stays bounded. The tally is printed (and kept in the test's output).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgOf, Channel, Reply, ResultOf } from '../api';
import { createPack, serializePack } from '../classroom/pack-format';
import { countingLevel } from '../classroom/test-fixtures';
import type { LevelDefinition, LevelQuestion } from '../levels/schema';
import { JOB_DEADLINE_MS } from '../worker/engine-jobs';
import { testEngine } from '../worker/test-engine';
import { createDispatch } from './register';
import { createHandlers, openServices } from './services';

const LEVELS_DIR = path.resolve(import.meta.dirname, '../../levels');
const SENDER = { url: 'app://refquest/index.html', isMainFrame: true };
/** the machine is shared and loaded: a case may take this much beyond its documented limit */
const SLACK_MS = 10_000;

type Call = <C extends Channel>(channel: C, arg: ArgOf<C>) => Promise<Reply<ResultOf<C>>>;
type Outcome = 'refused' | 'correct' | 'wrong-accept' | 'crash';

interface Tally {
  cases: number;
  refusals: number;
  correct: number;
  crashes: string[];
  hangs: string[];
  wrongAccepts: string[];
  worstMs: number;
  worstCase: string;
  worstHeapMb: number;
  worstStallMs: number;
}

const tally: Tally = { cases: 0, refusals: 0, correct: 0, crashes: [], hangs: [], wrongAccepts: [], worstMs: 0, worstCase: '', worstHeapMb: 0, worstStallMs: 0 };
let root: string;
let call: Call;
let baselineHeap = 0;
let lastTick = 0;
let ticker: NodeJS.Timeout;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'refquest-hostile-'));
  const services = await openServices({ userDataDir: root, levelsDir: LEVELS_DIR, engine: testEngine() });
  const dispatch = createDispatch(createHandlers(services), { kind: 'origin', origin: 'app://refquest' });
  call = (channel, arg) => dispatch(channel, arg, SENDER) as never;
  // a student plays the packs that are accepted (see playedAsPython)
  await call('profiles:create', { name: 'Student' });
  baselineHeap = process.memoryUsage().heapUsed;
  lastTick = performance.now();
  // main's event loop: the longest gap between ticks is how long main was ever unresponsive
  ticker = setInterval(() => {
    const now = performance.now();
    tally.worstStallMs = Math.max(tally.worstStallMs, now - lastTick);
    lastTick = now;
  }, 25);
});

afterAll(async () => {
  clearInterval(ticker);
  await rm(root, { recursive: true, force: true });
  console.log(
    `hostile inputs: ${tally.cases} cases, ${tally.refusals} refused, ${tally.correct} correct, ${tally.crashes.length} crashes, ` +
      `${tally.hangs.length} hangs, ${tally.wrongAccepts.length} wrong accepts; worst time ${Math.round(tally.worstMs)} ms (${tally.worstCase}), ` +
      `worst main heap growth ${tally.worstHeapMb.toFixed(1)} MB, longest main stall ${Math.round(tally.worstStallMs)} ms`,
  );
});

/**
 * Runs one case, timing it and measuring main's heap after it, and files its outcome. A hostile
 * case may end refused or correct; a good one (`mustRun`) must end correct.
 */
async function record(name: string, limitMs: number, mustRun: boolean, run: () => Promise<Outcome>): Promise<void> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (error) {
    outcome = 'crash';
    tally.crashes.push(`${name}: ${(error as Error).message}`);
  }
  const elapsed = performance.now() - started;
  tally.cases++;
  if (elapsed > tally.worstMs) [tally.worstMs, tally.worstCase] = [elapsed, name];
  if (elapsed > limitMs + SLACK_MS) tally.hangs.push(`${name}: ${Math.round(elapsed)} ms`);
  tally.worstHeapMb = Math.max(tally.worstHeapMb, (process.memoryUsage().heapUsed - baselineHeap) / 2 ** 20);
  if (outcome === 'refused') tally.refusals++;
  if (outcome === 'correct') tally.correct++;
  if (outcome === 'wrong-accept') tally.wrongAccepts.push(name);
  if (outcome === 'refused' && mustRun) tally.crashes.push(`${name}: a good input was refused`);
}

/**
 * What python3 prints, or null when it fails or takes more than 20 seconds. Asynchronous, so
 * the oracle never blocks the event loop whose stalls this suite measures.
 */
function pythonOrNull(code: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('python3', ['-c', code], { encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 2 ** 20 }, (error, stdout) => resolve(error ? null : stdout));
  });
}

function levelWith(code: string, questions: LevelQuestion[], patch: Partial<LevelDefinition> = {}): LevelDefinition {
  return { ...countingLevel, id: 'hostile', title: 'Hostile', code, questions, ...patch };
}

/** `a = [1]`, the hostile lines, then `print(a)` asked about: answerable only if the hostile part finishes. */
function wrapped(lines: string): LevelDefinition {
  const code = `a = [1]\n${lines}\nprint(a)\n`;
  return levelWith(code, [{ kind: 'output', line: code.trimEnd().split('\n').length }]);
}

function packText(levels: LevelDefinition[]): string {
  return serializePack(createPack(levels, { title: 'Hostile pack', rules: { hints: true, attemptsPerQuestion: 3 } }));
}

/**
 * Imports a one-level pack; a refusal must say why in words (not a stack trace). An accepted
 * pack is correct only if the engine's answer to its output question is what python3 prints.
 */
async function importPack(level: LevelDefinition): Promise<Outcome> {
  const reply = await call('classroom:import-pack', { file: { kind: 'text', name: 'hostile.rqpack', text: packText([level]) } });
  if (!reply.ok) return reply.error.code === 'internal' ? 'crash' : 'refused';
  if (reply.value.status === 'refused') {
    const clear = reply.value.problems.length > 0 && reply.value.problems.every((p) => p.length > 10 && !/\n\s+at /.test(p));
    return clear ? 'refused' : 'crash';
  }
  const right = await playedAsPython(reply.value.pack.id, level);
  await call('classroom:remove-pack', { packId: reply.value.pack.id });
  return right ? 'correct' : 'wrong-accept';
}

/**
 * An accepted pack is played as a student would: python3's output for the question's line is
 * the answer, and the challenge must call it right (the answer computed at import is the one used).
 */
async function playedAsPython(packId: string, level: LevelDefinition): Promise<boolean> {
  const question = level.questions[0];
  if (level.questions.length !== 1 || question?.kind !== 'output') return false;
  const printed = await pythonOrNull(level.code.split('\n').slice(0, question.line).join('\n'));
  if (printed === null) return false;
  const started = await call('classroom:start', { packId });
  if (!started.ok) return false;
  const text = printed.replace(/\n$/, '').split('\n').pop() ?? '';
  const answered = await call('classroom:answer', { levelId: level.id, question: 0, answer: { kind: 'output', text } });
  return answered.ok && answered.value.verdict === 'right';
}

/** The editor's verdict on a program: a placed problem is a refusal; a finished run must print what python3 prints. */
async function checkInEditor(code: string): Promise<Outcome> {
  const reply = await call('editor:check', { code });
  if (!reply.ok) return reply.error.code === 'internal' ? 'crash' : 'refused';
  if (!reply.value.ok) return reply.value.error.message.length > 0 ? 'refused' : 'crash';
  return reply.value.stdout === (await pythonOrNull(code)) ? 'correct' : 'wrong-accept';
}

const PACK_LIMIT = JOB_DEADLINE_MS['check-pack'];
const EDITOR_LIMIT = JOB_DEADLINE_MS['editor-check'];

/** The generated hostile programs: each kind in a few sizes. */
const HUGE_POWERS = [
  ...[8, 9, 10, 12].map((e) => `x = 10 ** 10 ** ${e}`),
  ...['7, 10**8', '3, 10**9', '2**64, 10**7'].map((args) => `x = pow(${args})`),
  'x = 1 << 10 ** 10',
  'x = (10 ** 5000) ** 100000',
  'x = 9 ** 9 ** 9',
];
const HUGE_STRINGS = [
  ...[9, 10].map((e) => `x = 'x' * 10 ** ${e}`),
  ...[8, 9].map((e) => `x = [0] * 10 ** ${e}`),
  "x = 'a'.zfill(10 ** 9)",
  "x = 'ab'.center(10 ** 9)",
  "x = 'ab'.ljust(10 ** 9, '*')",
  "x = format(5, '999999999')",
  "x = format(1.5, '.999999999f')",
  "x = '%999999999d' % 5",
  "x = f'{5:>999999999}'",
  "x = ('ab' * 10 ** 6).replace('a', 'x' * 200)",
  "x = 'x' * 10 ** 8\ny = x + x + x",
  "s = 'ab'\nwhile True:\n    s = s + s",
  "x = '-'.join(['abc'] * 10 ** 7)",
  "x = int('9' * 10 ** 6)",
  "x = str(10 ** 100000)",
  "x = 'a\\tb' * 10 ** 6\ny = x.expandtabs(10 ** 6)",
];
const DEEP_CHAINS = [
  ...[3000, 20_000, 100_000].map((n) => `x = ${Array.from({ length: n }, () => '1').join(' + ')}`),
  ...[200, 10_000].map((n) => `x = ${'('.repeat(n)}1${')'.repeat(n)}`),
  `x = ${'-'.repeat(100_000)}1`,
  `x = ${'['.repeat(5000)}${']'.repeat(5000)}`,
  'def f(n):\n    return f(n + 1)\nf(0)',
];
const UNSUPPORTED = ["open('answers.txt')", "exec('b = 2')", "eval('1 + 1')", "__import__('os')", "compile('1', 'f', 'eval')"];

describe('hostile packs', () => {
  it('refuses packs with huge powers, huge strings and deep chains, each within the pack limit', async () => {
    for (const program of [...HUGE_POWERS, ...HUGE_STRINGS, ...DEEP_CHAINS]) {
      await record(`pack: ${program.slice(0, 40)}`, PACK_LIMIT, false, () => importPack(wrapped(program)));
    }
  }, 900_000);

  it('refuses a program that does not compile, a question on a line that never runs, and any builtin the engine lacks', async () => {
    const cases: [string, LevelDefinition][] = [
      ['syntax error', levelWith('a = [1]\nb = (\n', [{ kind: 'refcount', after: 1, expr: 'a' }])],
      ['indentation error', levelWith('a = [1]\n  b = a\n', [{ kind: 'refcount', after: 1, expr: 'a' }])],
      ['20,000-term chain, question before it', levelWith(`a = [1]\nx = ${Array(20_000).fill('1').join('+')}\n`, [{ kind: 'refcount', after: 1, expr: 'a' }])],
      ['output of an `if False:` line', levelWith('a = [1]\nif False:\n    print(a)\n', [{ kind: 'output', line: 3 }])],
      ['output after a raise', levelWith('a = [1]\nraise ValueError\nprint(a)\n', [{ kind: 'output', line: 3 }])],
      ['refcount after a line in a function never called', levelWith('a = [1]\ndef f():\n    b = a\n', [{ kind: 'refcount', after: 3, expr: 'a' }])],
      ...UNSUPPORTED.map((use): [string, LevelDefinition] => [
        `relies on ${use.split('(')[0]}`,
        levelWith(`a = [1]\ntry:\n    ${use}\nexcept NameError:\n    print(a)\n`, [{ kind: 'output', line: 5 }]),
      ]),
      ['catches the simulator\'s MemoryError', levelWith("a = [1]\ntry:\n    x = 'x' * 10 ** 9\nexcept MemoryError:\n    print(a)\n", [{ kind: 'output', line: 5 }])],
      ['a question asked before a missing builtin', levelWith("a = [1]\nb = a\nx = eval('2')\n", [{ kind: 'refcount', after: 2, expr: 'a' }])],
    ];
    for (const [name, level] of cases) await record(`pack: ${name}`, PACK_LIMIT, false, () => importPack(level));
  }, 600_000);

  it('refuses huge fields before the engine sees them, naming the limit', async () => {
    const huge: [string, Partial<LevelDefinition>][] = [
      ['2.4 MB of code', { code: 'a = [1]\n'.repeat(300_000) }],
      ['25,000 characters of code', { code: `a = [1]\n${'b = a\n'.repeat(4000)}` }],
      ['a 3,000-character intro', { intro: 'i'.repeat(3000) }],
      ['a 3,000-character explanation', { explain: 'e'.repeat(3000) }],
      ['a 3,000-character hint', { hints: ['h'.repeat(3000)] }],
      ['a 200-character title', { title: 't'.repeat(200) }],
    ];
    for (const [name, patch] of huge) {
      const level = { ...countingLevel, ...patch };
      await record(`pack: ${name}`, PACK_LIMIT, false, () => importPack(level));
      await record(`editor:solve: ${name}`, EDITOR_LIMIT, false, async () => {
        const reply = await call('editor:solve', { level });
        if (reply.ok) return 'wrong-accept';
        return reply.error.code === 'bad-argument' && /at most [\d,]+ characters/.test(reply.error.message) ? 'refused' : 'crash';
      });
    }
  }, 300_000);

  it('refuses a pack whose levels together run past the pack limit', async () => {
    const slow = Array.from({ length: 14 }, (_, i) => ({ ...wrapped('total = sum(range(10 ** 9))'), id: `slow-${i}` }));
    await record('pack: 14 levels of 2 s each', PACK_LIMIT, false, async () => {
      const reply = await call('classroom:import-pack', { file: { kind: 'text', name: 'slow.rqpack', text: packText(slow) } });
      return reply.ok && reply.value.status === 'refused' ? 'refused' : 'wrong-accept';
    });
  }, 300_000);

  it("keeps main's heap bounded over packs with long traces, and imports them correctly", async () => {
    // the packs that once grew main past 4 GB: long traces of small programs, imported in a row
    for (let round = 0; round < 3; round++) {
      const code = `a = []\nfor i in range(${4_000 + round}):\n    a.append([i])\nprint(len(a))\n`;
      const level = { ...levelWith(code, [{ kind: 'output', line: 4 }]), id: `long-${round}` };
      await record(`pack: long trace ${round + 1}`, PACK_LIMIT, true, async () => {
        const reply = await call('classroom:import-pack', { file: { kind: 'text', name: 'long.rqpack', text: packText([level]) } });
        if (!reply.ok || reply.value.status === 'refused') return 'refused';
        const solved = await call('editor:solve', { level });
        if (!solved.ok || solved.value.status !== 'solved') return 'wrong-accept';
        const printed = await pythonOrNull(code);
        return printed !== null && solved.value.answers[0]!.answer === JSON.stringify(printed.replace(/\n$/, '')) ? 'correct' : 'wrong-accept';
      });
    }
  }, 300_000);
});

describe('hostile editor programs', () => {
  it('gives a placed refusal, or exactly what python3 prints, for every hostile program', async () => {
    for (const program of [...HUGE_POWERS, ...HUGE_STRINGS, ...DEEP_CHAINS]) {
      await record(`editor: ${program.slice(0, 40)}`, EDITOR_LIMIT, false, () => checkInEditor(program));
    }
    // big but fine: the engine gives CPython's answer
    for (const program of ['x = 7 ** 100_000\nprint(x % 1000)', "print(len('ab'.zfill(10 ** 6)))", 'x = 3 ** (2 * 10 ** 5) * 5 ** 10 ** 5\nprint(x % 10 ** 9)', `print(${Array(2998).fill('1').join(' + ')})`]) {
      await record(`editor: ${program.slice(0, 40)}`, EDITOR_LIMIT, true, () => checkInEditor(program));
    }
  }, 900_000);
});

describe('the tally', () => {
  it('has no crash, no hang, no wrong accept, and main stayed responsive and small', () => {
    expect(tally.cases).toBeGreaterThan(80);
    expect(tally.crashes).toEqual([]);
    expect(tally.hangs).toEqual([]);
    expect(tally.wrongAccepts).toEqual([]);
    expect(tally.worstHeapMb).toBeLessThan(96);
    expect(tally.worstStallMs).toBeLessThan(2_000);
  });
});
