// Pointing at an object in the editor's diagram fills in an expression that reaches it; the
// expression must name the same object in CPython, so python3 checks every one of them. (The
// function is the renderer's; its test lives here because the CPython oracle needs Node, which
// the renderer's tsconfig rightly leaves out.)
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { traceProgram } from '../engine/trace/trace-program';
import { expressionFor, globalNames } from '../../renderer/classroom/editor/objectPath';

const PROGRAM = [
  'grid = [[0] * 3] * 3',
  "d = {'k': [1], 2: (5, 6)}",
  'class Node:',
  '    pass',
  'n = Node()',
  'n.next = [7]',
  'alias = grid',
  'print(len(grid))',
].join('\n');

describe('expressionFor', () => {
  it('names every reachable object by a path CPython agrees on', () => {
    const trace = traceProgram(PROGRAM);
    const step = trace.stepAfterLine(8);
    const snapshot = trace.snapshot(step);
    const paths = snapshot.objects
      .filter((object) => object.state === 'reachable' && !object.cached)
      .map((object) => ({ repr: object.repr, path: expressionFor(snapshot, object.id) }))
      .filter((found): found is { repr: string; path: string } => found.path !== null);
    const exprs = paths.map((found) => found.path);
    expect(exprs).toEqual(expect.arrayContaining(['grid', 'grid[0]', "d['k']", 'n', 'n.next']));
    expect(exprs).not.toContain('alias'); // the first name bound wins
    // each path reaches one object in CPython, and the engine's repr of it is CPython's
    const probe = `${PROGRAM}\nfor e in ${JSON.stringify(exprs)}:\n    print(repr(eval(e)))`;
    const printed = execFileSync('python3', ['-c', probe], { encoding: 'utf8' }).split('\n').slice(1, -1);
    const comparable = paths.map((found, index) => ({ engine: found.repr, cpython: printed[index]! })).filter(({ cpython }) => !cpython.includes(' at 0x'));
    for (const { engine, cpython } of comparable) expect(engine).toBe(cpython);
    expect(comparable.length).toBeGreaterThanOrEqual(5);
  });

  it('gives null for an object no global reaches, and lists the names', () => {
    const trace = traceProgram('a = [1]\nb = [a]\nb = None\n');
    const before = trace.snapshot(trace.stepAfterLine(2));
    const outer = before.globals.b!;
    const after = trace.snapshot(trace.stepAfterLine(3));
    expect(expressionFor(after, outer)).toBeNull();
    expect(globalNames(before)).toEqual(['a', 'b']);
  });
});
