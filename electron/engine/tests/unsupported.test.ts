// Constructs outside the engine's subset: valid Python (python3 compiles every case, checked
// below) that the engine must refuse with exit status 2 and a message naming the construct
// and its line, never a crash or a silent wrong result.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { runProgram } from '../index';

if (typeof runProgram !== 'function') {
  throw new Error('electron/engine/index.ts does not export runProgram(source, options?)');
}

interface UnsupportedCase {
  readonly source: string;
  /** the construct's name as the message quotes it, e.g. `'async def'` */
  readonly construct: string;
  readonly line: number;
}

const CASES: readonly UnsupportedCase[] = [
  { source: 'x = 1\ny = 2\nasync def f():\n    pass\n', construct: 'async def', line: 3 },
  { source: 'a = []\nwith a:\n    pass\n', construct: 'with', line: 2 },
  { source: 'x = 3\nmatch x:\n    case 3:\n        print(x)\n', construct: 'match', line: 2 },
  { source: 'import os\n', construct: 'os', line: 1 },
  { source: 'x = 1\nfrom itertools import count\n', construct: 'itertools', line: 2 },
  {
    source: 'def f():\n    pass\nasync def g():\n    await f()\n',
    construct: 'async def',
    line: 3,
  },
  { source: 'x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n', construct: 'except*', line: 4 },
];

/** python3 compiles every case: these are subset limits, not syntax errors */
function cpythonCompilesAll(sources: readonly string[]): boolean[] {
  const script = [
    'import json, sys',
    'out = []',
    'for s in json.load(sys.stdin):',
    '    try:',
    "        compile(s, 'case.py', 'exec'); out.append(True)",
    '    except SyntaxError:',
    '        out.append(False)',
    'print(json.dumps(out))',
  ].join('\n');
  const output = execFileSync('python3', ['-c', script], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
  });
  return JSON.parse(output) as boolean[];
}

describe('constructs outside the subset exit 2 with a clear message', () => {
  test('every case is valid Python 3.11', () => {
    expect(cpythonCompilesAll(CASES.map((c) => c.source))).toEqual(CASES.map(() => true));
  });

  for (const { source, construct, line } of CASES) {
    test(`${construct} at line ${line}`, async () => {
      const result = await runProgram(source);
      expect(result.exitCode).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('unsupported');
      expect(result.stderr).toContain(construct);
      expect(result.stderr).toContain(`line ${line}`);
    });
  }
});

/**
 * Met while running: a name or attribute CPython has and the engine lacks, a count only the
 * whole interpreter knows. python3 runs every case to the end (exit 0) and prints `stdout`
 * first; the engine prints the same, then refuses at `line` with exit 2, so no program can
 * catch a NameError/AttributeError CPython never raises and go on with a wrong answer.
 */
interface RuntimeRefusal {
  readonly source: string;
  readonly construct: string;
  readonly line: number;
}

const RUNTIME_CASES: readonly RuntimeRefusal[] = [
  { source: 'x = 1\nexec("y = 2")\n', construct: "'exec'", line: 2 },
  { source: 'print(1)\ntry:\n    eval("1")\nexcept NameError:\n    print("caught")\n', construct: "'eval'", line: 3 },
  { source: 'def f():\n    return compile("1", "s", "eval")\ntry:\n    f()\nexcept Exception:\n    pass\n', construct: "'compile'", line: 2 },
  { source: 'try:\n    open("/dev/null").close()\nexcept NameError:\n    pass\n', construct: "'open'", line: 2 },
  { source: 'm = __import__("sys")\n', construct: "'__import__'", line: 1 },
  { source: 'print(__debug__)\n', construct: "'__debug__'", line: 1 },
  { source: 'def f():\n    return 0\nit = iter(f, 1)\n', construct: 'iter(callable, sentinel)', line: 3 },
  { source: 'import sys\nprint(hasattr(sys, "settrace"))\n', construct: "'sys.settrace'", line: 2 },
  { source: 'print(getattr(5, "bit_count", None))\n', construct: "'int.bit_count'", line: 1 },
  { source: 'x = [1]\ntry:\n    print(x.__doc__)\nexcept AttributeError:\n    pass\n', construct: "'list.__doc__'", line: 3 },
  { source: 'class M(type):\n    pass\nclass A(metaclass=M):\n    pass\n', construct: "subclassing the builtin type 'type'", line: 1 },
  { source: 'class A:\n    pass\nclass B(A, metaclass=type):\n    pass\n', construct: 'metaclass', line: 3 },
  { source: 'class A:\n    pass\nclass B:\n    pass\nclass C(A, B):\n    pass\n', construct: 'multiple inheritance', line: 5 },
  { source: 'import sys\nprint(sys.getrefcount(None) > 1)\n', construct: 'sys.getrefcount of None', line: 2 },
  { source: 'import sys\nx = 7\nprint(sys.getrefcount(x) > 1)\n', construct: 'sys.getrefcount of the cached int 7', line: 3 },
  { source: "import sys\nk = 'key'\nprint(sys.getrefcount(k) > 1)\n", construct: 'sys.getrefcount of the interned string "key"', line: 3 },
  { source: 'import sys\nprint(sys.getrefcount(int) > 1)\n', construct: "sys.getrefcount of the builtin type 'int'", line: 2 },
  { source: 'import sys\nprint(sys.getrefcount(()) > 1)\n', construct: 'sys.getrefcount of', line: 2 },
  { source: 'print("before")\nx = (-8) ** 0.5\n', construct: 'complex numbers', line: 2 },
];

function cpythonRun(source: string): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync('python3', ['-c', source], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; status?: number };
    return { stdout: err.stdout ?? '', status: err.status ?? -1 };
  }
}

describe('names and counts CPython has but the engine cannot give exit 2 where they are met', () => {
  for (const { source, construct, line } of RUNTIME_CASES) {
    test(`${construct} at line ${line}`, async () => {
      const cpython = cpythonRun(source);
      expect(cpython.status).toBe(0);
      const result = await runProgram(source);
      expect(result.exitCode).toBe(2);
      expect(cpython.stdout.startsWith(result.stdout)).toBe(true);
      expect(result.stderr).toContain('unsupported');
      expect(result.stderr).toContain(construct);
      expect(result.stderr).toContain(`line ${line}`);
    });
  }
});
