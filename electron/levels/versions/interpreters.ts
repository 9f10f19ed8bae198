// The other Pythons a level is tried in, besides the oracle (python3, CPython 3.11): CPython
// 3.10, 3.12 and 3.13 wherever they are installed (pyenv's folders, a pythonX.Y on PATH, or
// REFQUEST_PYTHON_3_12=/path/to/python), and CPython 3.14 in WebAssembly through the `pyodide`
// package (a 32-bit build: its sizes differ from 64-bit CPython's, its counts do not).
// Dev tool only: the game never runs a Python.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const OTHER_VERSIONS = ['3.10', '3.12', '3.13', '3.14'] as const;
export type OtherVersion = (typeof OTHER_VERSIONS)[number];

export type Interpreter =
  | { readonly version: OtherVersion; readonly kind: 'cpython'; readonly executable: string; readonly full: string }
  | { readonly version: OtherVersion; readonly kind: 'pyodide'; readonly full: string }
  | { readonly version: OtherVersion; readonly kind: 'missing'; readonly reason: string };

const PYENV_ROOT = process.env['PYENV_ROOT'] ?? '/root/.pyenv';

/** the interpreter's own version string, or null when it does not run or is another version */
function versionOf(executable: string, expected: string): string | null {
  try {
    const full = execFileSync(executable, ['-c', 'import platform; print(platform.python_version())'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return full.startsWith(`${expected}.`) ? full : null;
  } catch {
    return null;
  }
}

function candidates(version: string): string[] {
  const found: string[] = [];
  const fromEnv = process.env[`REFQUEST_PYTHON_${version.replace('.', '_')}`];
  if (fromEnv) found.push(fromEnv);
  const versionsDir = path.join(PYENV_ROOT, 'versions');
  if (existsSync(versionsDir)) {
    for (const name of readdirSync(versionsDir).filter((n) => n.startsWith(`${version}.`)).sort().reverse()) {
      found.push(path.join(versionsDir, name, 'bin', 'python3'));
    }
  }
  found.push(`python${version}`);
  return found;
}

function findCPython(version: OtherVersion): Interpreter {
  for (const executable of candidates(version)) {
    const full = versionOf(executable, version);
    if (full) return { version, kind: 'cpython', executable, full };
  }
  return { version, kind: 'missing', reason: `no CPython ${version} found (pyenv, python${version} on PATH, or REFQUEST_PYTHON_${version.replace('.', '_')})` };
}

function findPyodide(): Interpreter {
  try {
    const manifest = createRequire(import.meta.url).resolve('pyodide/package.json');
    return { version: '3.14', kind: 'pyodide', full: `Pyodide ${JSON.parse(readFileSync(manifest, 'utf8')).version as string} (CPython 3.14, 32-bit)` };
  } catch {
    return { version: '3.14', kind: 'missing', reason: 'the pyodide package is not installed (npm ci installs it)' };
  }
}

/** Every other version, found or with the reason it is missing. */
export function findInterpreters(): Interpreter[] {
  return OTHER_VERSIONS.map((v) => (v === '3.14' ? findPyodide() : findCPython(v)));
}
