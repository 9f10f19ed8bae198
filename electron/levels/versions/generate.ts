// Builds the version tables of a set of levels: asks CPython 3.11 (python3, the oracle) and
// every other Python that is present (interpreters.ts) the levels' questions through the same
// drivers the checker uses, and compares the result with the table files on disk.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogLevel } from '../catalog';
import { pythonAnswer } from '../checker/check';
import { askPython, type PythonProgram, type PythonReport } from '../checker/python-oracle';
import { findInterpreters, type Interpreter } from './interpreters';
import { askPyodide } from './pyodide-oracle';
import { formatTable, GENERATED_BY, levelHash, parseTable, TABLE_FORMAT, type VersionAnswers, type VersionTable } from './version-table';

/** `levels/w/01-x.yaml` -> `levels/w/01-x.versions.json`, on disk under `root`'s parent */
export function tableFile(root: string, level: CatalogLevel): string {
  return path.join(path.dirname(path.resolve(root)), level.path.replace(/\.ya?ml$/, '.versions.json'));
}

export function readTable(file: string): VersionTable | null {
  if (!existsSync(file)) return null;
  const parsed = parseTable(readFileSync(file, 'utf8'));
  return 'table' in parsed ? parsed.table : null;
}

/**
 * An output answer as the plain run printed it. The traced driver slices its own stdout by
 * line, but a line tracer can change what a program prints (CPython 3.10 counts one more
 * reference to a traced frame's argument), so the slice's lines are taken from the plain run's
 * stdout instead; null when the plain run prints fewer lines or a slice does not start and
 * end at a line break.
 */
export function plainOutput(traced: string, plain: string, ranges: readonly (readonly [number, number])[]): string | null {
  // The plain run may print more at the end: objects the traced driver's namespace never
  // releases are finalized at interpreter shutdown there.
  if (plain.startsWith(traced)) return ranges.map(([a, b]) => traced.slice(a, b)).join('');
  const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const tracedStarts = lineStarts(traced);
  const plainStarts = lineStarts(plain);
  if (plainStarts.length < tracedStarts.length) return null;
  let out = '';
  for (const [a, b] of ranges) {
    const first = tracedStarts.indexOf(a);
    const last = tracedStarts.indexOf(b);
    if (first < 0 || last < 0) return null;
    out += plain.slice(plainStarts[first], plainStarts[last]);
  }
  return out;
}

function answersOf(level: CatalogLevel, report: PythonReport | undefined): VersionAnswers['answers'] {
  return level.definition.questions.map((q, i) => {
    if (!report || report.answers['driver'] !== undefined) return null;
    if (q.kind === 'output') {
      const traced = report.answers['traced-stdout'];
      const ranges = report.answers[`ranges:${i}`];
      if (typeof traced !== 'string' || !Array.isArray(ranges)) return null;
      const text = plainOutput(traced, report.runs[0].stdout, ranges as [number, number][]);
      return text === null ? null : { kind: 'output', text };
    }
    return pythonAnswer(q, report.answers[String(i)], report.collects);
  });
}

export interface GeneratedTables {
  /** by level path */
  readonly tables: Map<string, VersionTable>;
  /** one line per version that was not asked, saying why (its entries are kept from disk) */
  readonly skipped: string[];
  /** what was asked, e.g. "3.10.13" */
  readonly asked: string[];
}

async function ask(interpreter: Interpreter, programs: Map<string, PythonProgram>): Promise<Map<string, PythonReport>> {
  if (interpreter.kind === 'cpython') return askPython(programs, undefined, interpreter.executable);
  if (interpreter.kind === 'pyodide') return askPyodide(programs);
  throw new Error(interpreter.reason);
}

/**
 * Fresh tables for `levels`: 3.11 and every present version asked anew; a missing version's
 * answers kept from the table on disk when it is for the same program and questions.
 */
export async function generateTables(root: string, levels: readonly CatalogLevel[], interpreters = findInterpreters()): Promise<GeneratedTables> {
  const programs = new Map(levels.map((l) => [l.path, { code: l.definition.code, questions: l.definition.questions }]));
  const byVersion = new Map<string, { python: string; bits: 32 | 64; reports: Map<string, PythonReport> }>();
  const reference = askPython(programs);
  byVersion.set('3.11', { python: pythonVersion('python3'), bits: 64, reports: reference });
  const skipped: string[] = [];
  for (const interpreter of interpreters) {
    if (interpreter.kind === 'missing') {
      skipped.push(`${interpreter.version}: skipped, ${interpreter.reason}`);
      continue;
    }
    const bits = interpreter.kind === 'pyodide' ? 32 : 64;
    byVersion.set(interpreter.version, { python: interpreter.full, bits, reports: await ask(interpreter, programs) });
  }
  const tables = new Map<string, VersionTable>();
  for (const level of levels) {
    const hash = levelHash(level.definition);
    const onDisk = readTable(tableFile(root, level));
    const versions: Record<string, VersionAnswers> = {};
    if (onDisk && onDisk.levelHash === hash) Object.assign(versions, onDisk.versions);
    for (const [version, found] of byVersion) {
      versions[version] = { python: found.python, bits: found.bits, answers: answersOf(level, found.reports.get(level.path)) };
    }
    tables.set(level.path, { format: TABLE_FORMAT, generatedBy: GENERATED_BY, levelHash: hash, versions });
  }
  return { tables, skipped, asked: [...byVersion.values()].map((v) => v.python) };
}

function pythonVersion(executable: string): string {
  return execFileSync(executable, ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();
}

/** The tables whose file on disk is missing or differs from the fresh one. */
export function staleTables(root: string, levels: readonly CatalogLevel[], fresh: GeneratedTables): string[] {
  return levels.flatMap((level) => {
    const file = tableFile(root, level);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    return text === formatTable(fresh.tables.get(level.path)!) ? [] : [path.relative(process.cwd(), file)];
  });
}
