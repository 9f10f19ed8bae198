// The level checker: everything a level file must pass before it ships.
//   1. the file loads: YAML syntax, schema (by path and field), unique ids (catalog.ts);
//   2. the campaign rules (campaign-rules.ts);
//   3. the engine runs the program first, and only a program it accepts goes on to python3
//      (sandboxed: engine-first.ts, python-sandbox.ts);
//   4. the program prints the same and exits the same in the engine and in python3, and
//      prints the same in two CPython runs (the game replays it: it must be deterministic);
//   5. the engine answers every question (engineSolver), and CPython agrees wherever it can be
//      asked from outside: refcounts, identity, aliasing, sizes, output and gc.collect().
import path from 'node:path';
import type { LevelProblem } from '../../api';
import { runSource } from '../../engine/run';
import { engineSolver, type LevelAnswer, type LevelSolution, type LevelSolver } from '../answers';
import { campaignOrder, loadCatalog, type CatalogLevel } from '../catalog';
import { canonical } from '../canonical-answer';
import { problem } from '../problems';
import type { LevelQuestion } from '../schema';
import { campaignProblems } from './campaign-rules';
import { cpythonBuiltins, engineRefusal } from './engine-first';
import { mechanicsProblems } from './mechanics-check';
import { askPython, type PythonReport } from './python-oracle';
import type { SandboxLimits } from './python-sandbox';
import { versionProblems } from '../versions/version-rules';

const MECHANICS: ReadonlySet<string> = new Set(['heap', 'make', 'leak']);

export interface EngineRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CheckOptions {
  /** how a program runs in the engine (the real engine unless a test swaps it) */
  readonly runEngine?: (code: string) => EngineRun;
  /** who computes the answers (the engine's solver unless a test swaps it) */
  readonly solver?: LevelSolver;
  /** skip the campaign rules (for a folder of loose levels, e.g. a classroom pack) */
  readonly rules?: boolean;
  /** how far CPython may go with one program (python-sandbox.ts; tests lower them) */
  readonly pythonLimits?: SandboxLimits;
}

export interface CheckReport {
  readonly worlds: number;
  readonly levels: number;
  readonly questions: number;
  readonly problems: readonly LevelProblem[];
}

const engineRun = (code: string): EngineRun => {
  const r = runSource(code, { filename: '<level>' });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
};

const firstDifference = (a: string, b: string): string => {
  const left = a.split('\n');
  const right = b.split('\n');
  const i = left.findIndex((line, k) => line !== right[k]);
  const at = i < 0 ? left.length : i;
  return `line ${at + 1} of the output: engine ${JSON.stringify(left[at] ?? '<end>')}, CPython ${JSON.stringify(right[at] ?? '<end>')}`;
};

const lastLine = (text: string): string => text.trimEnd().split('\n').pop() ?? '';

function compareRuns(level: CatalogLevel, engine: EngineRun, python: PythonReport): LevelProblem[] {
  const found: LevelProblem[] = [];
  const [first, second] = python.runs;
  if (first.stdout !== second.stdout || first.exitCode !== second.exitCode) {
    found.push(problem(level.path, 'code', `not deterministic: two CPython runs differ (${firstDifference(first.stdout, second.stdout)})`));
  }
  if (engine.stdout !== first.stdout) found.push(problem(level.path, 'code', `engine and CPython print differently: ${firstDifference(engine.stdout, first.stdout)}`));
  if (engine.exitCode !== first.exitCode) {
    const why = first.exitCode === 0 ? lastLine(engine.stderr) : lastLine(first.stderr);
    found.push(problem(level.path, 'code', `exit status: engine ${engine.exitCode}, CPython ${first.exitCode} (${why})`));
  }
  return found;
}

/** What CPython's answer to the question is, in the engine's answer shape; null when CPython cannot tell. */
export function pythonAnswer(q: LevelQuestion, raw: unknown, collects: PythonReport['collects']): LevelAnswer | { error: string } | null {
  if (raw !== null && typeof raw === 'object' && 'error' in raw) return { error: String(raw.error) };
  switch (q.kind) {
    case 'refcount': return typeof raw === 'number' ? { kind: 'refcount', count: raw } : null;
    case 'identity': return typeof raw === 'boolean' ? { kind: 'identity', same: raw } : null;
    case 'alias': return Array.isArray(raw) ? { kind: 'alias', groups: raw as string[][] } : null;
    case 'output': return typeof raw === 'string' ? { kind: 'output', text: raw } : null;
    case 'size': {
      if (!Array.isArray(raw)) return null;
      const sizes = raw as number[];
      if (sizes.length === 1) return { kind: 'size', bytes: sizes[0]! };
      const top = Math.max(...sizes);
      return { kind: 'size', largest: q.exprs.filter((_, i) => sizes[i] === top) };
    }
    case 'collect': {
      const found = collects[String(q.line)];
      return found && found.length > 0 ? { kind: 'collect', collected: found[0]! } : null;
    }
    case 'freed': return null; // CPython cannot tell "freed" from "unreachable" without changing the program
    case 'heap':
    case 'make':
    case 'leak':
      return null; // asked separately (mechanics-check.ts)
  }
}

function compareAnswers(level: CatalogLevel, solution: LevelSolution, python: PythonReport): LevelProblem[] {
  const found: LevelProblem[] = [];
  const driver = python.answers['driver'];
  if (driver !== undefined) return [problem(level.path, 'questions', `CPython's answers could not be read: ${lastLine(String(driver))}`)];
  level.definition.questions.forEach((q, i) => {
    const field = `questions[${i}]`;
    const cpython = pythonAnswer(q, python.answers[String(i)], python.collects);
    const engine = solution.questions[i]!.correct;
    if (cpython === null) {
      if (q.kind !== 'freed' && !MECHANICS.has(q.kind)) found.push(problem(level.path, field, `CPython gave no answer to this ${q.kind} question (does its line run at module level?)`));
      return;
    }
    if ('error' in cpython) {
      found.push(problem(level.path, field, `CPython cannot evaluate it there: ${cpython.error}`));
      return;
    }
    if (canonical(engine) !== canonical(cpython)) {
      found.push(problem(level.path, field, `engine and CPython disagree: engine ${JSON.stringify(engine)}, CPython ${JSON.stringify(cpython)}`));
    }
  });
  return found;
}

const unsolvable = (level: CatalogLevel, field: string, message: string): LevelProblem =>
  problem(level.path, field, `unsolvable: ${message.replace(/^questions\[\d+\]: /, '')}`);

/**
 * The engine's answers, or the problems that stop it: a failure that names no question (a
 * probe error, say) is pinned down by solving each question on its own.
 */
function solve(level: CatalogLevel, solver: LevelSolver): { solution: LevelSolution } | { problems: LevelProblem[] } {
  try {
    return { solution: solver.solve(level.definition) };
  } catch (e) {
    const message = (e as Error).message;
    const named = /^questions\[(\d+)\]: /.exec(message);
    if (named) return { problems: [unsolvable(level, `questions[${named[1]}]`, message)] };
    const found: LevelProblem[] = [];
    level.definition.questions.forEach((q, i) => {
      try {
        solver.solve({ ...level.definition, questions: [q] });
      } catch (single) {
        found.push(unsolvable(level, `questions[${i}]`, (single as Error).message));
      }
    });
    return { problems: found.length > 0 ? found : [unsolvable(level, 'questions', message)] };
  }
}

export async function checkLevels(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const runEngine = options.runEngine ?? engineRun;
  const catalog = await loadCatalog(dir);
  const problems: LevelProblem[] = [...catalog.problems];
  const levels = campaignOrder(catalog);
  if (options.rules !== false) {
    const shownDir = (world: (typeof catalog.worlds)[number]) =>
      world.levels[0] ? `${path.posix.dirname(world.levels[0].path)}/world.yaml` : `${world.definition.id}/world.yaml`;
    problems.push(...campaignProblems(catalog.worlds, shownDir));
  }
  const engineRuns = new Map(levels.map((level) => [level.path, runEngine(level.definition.code)]));
  const builtins = levels.length > 0 ? cpythonBuiltins() : new Set<string>();
  const refusals = new Map(levels.flatMap((level) => {
    const why = engineRefusal(engineRuns.get(level.path)!, builtins);
    return why ? [[level.path, why] as const] : [];
  }));
  const accepted = levels.filter((level) => !refusals.has(level.path));
  const python = accepted.length > 0
    ? askPython(new Map(accepted.map((l) => [l.path, { code: l.definition.code, questions: l.definition.questions }])), options.pythonLimits)
    : new Map<string, PythonReport>();
  const withMechanics: { level: CatalogLevel; solution: LevelSolution }[] = [];
  for (const level of levels) {
    const refused = refusals.get(level.path);
    if (refused) {
      problems.push(problem(level.path, 'code', refused));
      continue;
    }
    const cpython = python.get(level.path)!;
    problems.push(...compareRuns(level, engineRuns.get(level.path)!, cpython));
    const solved = solve(level, options.solver ?? engineSolver);
    if ('problems' in solved) problems.push(...solved.problems);
    else problems.push(...compareAnswers(level, solved.solution, cpython));
    if ('solution' in solved && level.definition.questions.some((q) => MECHANICS.has(q.kind))) withMechanics.push({ level, solution: solved.solution });
    if (options.rules !== false) problems.push(...versionProblems(level));
  }
  problems.push(...mechanicsProblems(withMechanics));
  return {
    worlds: catalog.worlds.length,
    levels: levels.length,
    questions: levels.reduce((n, l) => n + l.definition.questions.length, 0),
    problems,
  };
}

/** The report as text: one line per problem, then the totals. */
export function formatReport(report: CheckReport): string {
  const lines = report.problems.map((p) => p.text);
  const totals = `${report.worlds} worlds, ${report.levels} levels, ${report.questions} questions`;
  lines.push(report.problems.length === 0 ? `ok: ${totals}` : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${totals}`);
  return lines.join('\n');
}
