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
