// The benchmark's heaps at three sizes (about 30, 300 and 1,000 objects) in four shapes: a
// linked list, a binary tree, a 2-D grid and a mixed heap (instances, strings, lists, a dict).
// Each is traced with the real engine; only the last steps are kept (the still picture is the
// last step, the scrub runs over the 100 before it), so samples.json stays small.
import type { Snapshot } from '../../electron/engine/trace/model';
import { traceProgram } from '../../electron/engine/trace/trace-program';
import type { Sample } from './samples';

export const BENCH_SIZES = [30, 300, 1000] as const;
export const BENCH_SHAPES = ['chain', 'tree', 'grid', 'mixed'] as const;
export type BenchShape = (typeof BENCH_SHAPES)[number];
/** steps kept before the last one */
const WINDOW = 101;

function source(shape: BenchShape, objects: number): string {
  switch (shape) {
    case 'chain': {
      // a node and its (uncached) int: two objects per node
      const nodes = Math.max(1, Math.round(objects / 2));
      return [
        'class Node:',
        '    def __init__(self, value, nxt):',
        '        self.value = value',
        '        self.next = nxt',
        'head = None',
        `for i in range(${nodes}):`,
        '    head = Node(i * 1000 + 7, head)',
        'done = True',
        '',
      ].join('\n');
    }
    case 'tree': {
      const nodes = Math.max(1, Math.round(objects / 2));
      return [
        'class Tree:',
        '    def __init__(self, value):',
        '        self.value = value',
        '        self.left = None',
        '        self.right = None',
        'nodes = []',
        `for i in range(${nodes}):`,
        '    node = Tree(i * 1000 + 7)',
        '    nodes.append(node)',
        '    if i > 0:',
        '        parent = nodes[(i - 1) // 2]',
        '        if i % 2 == 1:',
        '            parent.left = node',
        '        else:',
        '            parent.right = node',
        'root = nodes[0]',
        'del nodes, node, parent',
        'done = True',
        '',
      ].join('\n');
    }
    case 'grid': {
      const side = Math.max(2, Math.round(Math.sqrt(objects)));
      return [
        'grid = []',
        `for r in range(${side}):`,
        `    grid.append([r * 1000 + c + 300 for c in range(${side})])`,
        'done = True',
        '',
      ].join('\n');
    }
    case 'mixed': {
      // a person, its name, its list of scores and the two scores: five objects each
      const people = Math.max(1, Math.round(objects / 5));
      return [
        'class Person:',
        '    def __init__(self, name, scores):',
        '        self.name = name',
        '        self.scores = scores',
        'people = []',
        'by_name = {}',
        `for i in range(${people}):`,
        '    p = Person("p" + str(i), [i * 1000 + 1, i * 1000 + 2])',
        '    people.append(p)',
        '    by_name[p.name] = p',
        'pair = (people[0], "first")',
        'done = True',
        '',
      ].join('\n');
    }
  }
}

export function sizedSampleName(shape: BenchShape, objects: number): string {
  return `${shape}-${objects}`;
}

export function traceSizedSample(shape: BenchShape, objects: number): Sample {
  const src = source(shape, objects);
  const trace = traceProgram(src, { maxSteps: 200_000, maxMillis: 600_000 });
  if (trace.result.exitCode !== 0) throw new Error(`bench sample ${shape}-${objects} failed: ${trace.result.stderr}`);
  // the picture after `done = True` (the very last step is the program's exit, with no frames)
  const last = trace.stepAfterLine(src.split('\n').indexOf('done = True') + 1);
  const first = Math.max(0, last - WINDOW);
  const steps: Snapshot[] = [];
  for (let s = first; s <= last; s++) steps.push(trace.snapshot(s));
  return { name: sizedSampleName(shape, objects), title: `${shape}, about ${objects} objects`, source: src, steps, focus: steps.length - 1 };
}

export function traceSizedSamples(): Sample[] {
  return BENCH_SIZES.flatMap((n) => BENCH_SHAPES.map((shape) => traceSizedSample(shape, n)));
}
