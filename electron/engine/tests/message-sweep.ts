// The wrong-arity / wrong-type sweep: every builtin function and every method of the builtin
// types the engine provides, called with no, too many, keyword and mistyped arguments. Each
// call runs in the engine and in python3; the calls that agree (all but the known leftovers
// it prints) are written as corpus programs, programs/messages/sweep_*.py, so the parity test
// keeps every message equal to CPython's. Run by hand:  npx tsx electron/engine/tests/message-sweep.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../index';
import { createSession } from '../session';
import { PROGRAMS_DIR } from './python-oracle';

const HEAD = `def t(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
`;
const RECEIVERS: Record<string, string> = {
  str: "'abc'", list: '[1, 2]', dict: "{'a': 1}", set: '{1, 2}', frozenset: 'frozenset({1})', tuple: '(1, 2)',
  int: '5', float: '1.5', bool: 'True', range: 'range(3)', object: 'object()',
};
const ARGS = ['1', "'x'", 'None', '[1]', '1.5', '(1,)', "{'k': 1}"];
/** builtins that read input, print, or answer with ids and addresses */
const SKIP = new Set(['input', 'print', 'globals', 'locals', 'vars', 'dir', 'id', 'hash', 'super', 'iter', 'open']);
const DUNDERS_KEPT = new Set(['__getitem__', '__contains__', '__len__', '__add__', '__eq__', '__init__']);

function candidates(): Record<string, string[]> {
  const rt = createSession().rt;
  const names = (d: typeof rt.builtins) => d.store.entries().flatMap(([k]) => (k.kind === 'str' ? [k.value] : []));
  const calls = (callee: string, many: boolean) => [
    `${callee}()`, ...(many ? ARGS : ARGS.slice(0, 4)).map((a) => `${callee}(${a})`),
    ...ARGS.slice(0, 3).flatMap((a) => ARGS.slice(0, 3).map((b) => `${callee}(${a}, ${b})`)),
    `${callee}(1, 2, 3)`, `${callee}(x=1)`,
  ];
  const groups: Record<string, string[]> = { builtins: [] };
  for (const name of names(rt.builtins)) {
    if (SKIP.has(name) || name.startsWith('_') || /^[A-Z]/.test(name)) continue;
    groups.builtins!.push(...calls(name, false));
  }
  for (const [type, receiver] of Object.entries(RECEIVERS)) {
    const group = type === 'str' ? 'str_methods' : 'container_methods';
    const methods = names(rt.types[type]!.dict).filter((m) => !m.startsWith('__') || DUNDERS_KEPT.has(m));
    for (const m of methods) (groups[group] ??= []).push(...calls(`${receiver}.${m}`, true), `${type}.${m}()`, `${type}.${m}(1)`);
  }
  return groups;
}

function engineLine(call: string): string {
  const r = runProgram(`${HEAD}t(${JSON.stringify(call)}, lambda: ${call})\n`);
  return r.exitCode === 2 ? 'REFUSED' : r.stdout;
}

function pythonLines(calls: readonly string[]): string[] {
  const script = `import json, sys, io, contextlib\nexec(${JSON.stringify(HEAD)})\nout = []\nfor c in json.load(sys.stdin):\n    buf = io.StringIO()\n    with contextlib.redirect_stdout(buf):\n        exec('t(%r, lambda: %s)' % (c, c))\n    out.append(buf.getvalue())\nprint(json.dumps(out))\n`;
  return JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(calls), encoding: 'utf8', maxBuffer: 1 << 26 })) as string[];
}

let differing = 0;
for (const [group, calls] of Object.entries(candidates())) {
  const expected = pythonLines(calls);
  const kept: string[] = [];
  calls.forEach((call, i) => {
    const got = engineLine(call);
    if (got === 'REFUSED') return;
    if (got === expected[i]) kept.push(`t(${JSON.stringify(call)}, lambda: ${call})`);
    else {
      differing++;
      console.log(`engine: ${got.trim()}\npython: ${expected[i]!.trim()}`);
    }
  });
  const comment = `# Wrong-arity, keyword and mistyped calls of the ${group.replace('_', ' ')}: CPython's exact messages (written by tests/message-sweep.ts)`;
  writeFileSync(join(PROGRAMS_DIR, 'messages', `sweep_${group}.py`), `${comment}\n${HEAD}${kept.join('\n')}\n`);
  console.log(`${group}: ${kept.length} calls kept of ${calls.length}`);
}
console.log(`${differing} calls still differ`);
