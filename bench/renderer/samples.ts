// Sample programs for the heap diagram's dev page, screenshots and benchmark, traced with the
// real engine here in Node; the page receives plain snapshots (it never runs the engine).
import type { Snapshot } from '../../electron/engine/trace/model';
import { traceProgram } from '../../electron/engine/trace/trace-program';

export interface Sample {
  readonly name: string;
  readonly title: string;
  readonly source: string;
  /** every step's snapshot, in order */
  readonly steps: readonly Snapshot[];
  /** the step shown in a still screenshot */
  readonly focus: number;
}

interface SampleSpec {
  readonly name: string;
  readonly title: string;
  readonly source: string;
  /** "after line N runs" (its k-th run) for the still picture */
  readonly focusLine: number;
  readonly occurrence?: number;
}

export const SAMPLE_SPECS: readonly SampleSpec[] = [
  {
    name: 'grid',
    title: 'The grid trap: [[0] * 3] * 3',
    source: 'grid = [[0] * 3] * 3\ngrid[0][0] = 1\nrow = grid[1]\nprint(grid)\n',
    focusLine: 3,
  },
  {
    name: 'zombie',
    title: 'A self-referencing list awaiting the collector',
    source: 'a = [1, 2]\na.append(a)\nb = {"name": "ann", "age": 1000}\ndel a\nimport gc\nn = gc.collect()\n',
    focusLine: 4,
  },
  {
    name: 'loop',
    title: 'A function frame with a for loop iterator',
    source: [
      'class Point:',
      '    def __init__(self, x, y):',
      '        self.x = x',
      '        self.y = y',
      'def total(points):',
      '    s = 0',
      '    for p in points:',
      '        s += p.x * 1000',
      '    return s',
      'pts = [Point(1, 2), Point(3, 4)]',
      'pair = (pts, "pair")',
      'print(total(pts))',
      '',
    ].join('\n'),
    focusLine: 8,
  },
  {
    name: 'big',
    title: '300 objects',
    source: [
      'grid = [[r * 1000 + c for c in range(12)] for r in range(12)]',
      'people = []',
      'for i in range(50):',
      '    people.append({"name": "p" + str(i), "age": 1000 + i})',
      'extra = [k * 7919 for k in range(4)]',
      'del extra',
      '',
    ].join('\n'),
    focusLine: 5,
  },
];

export function traceSample(spec: SampleSpec): Sample {
  const trace = traceProgram(spec.source, { maxSteps: 100_000 });
  if (trace.result.exitCode !== 0) throw new Error(`sample ${spec.name} failed: ${trace.result.stderr}`);
  const steps: Snapshot[] = [];
  for (let s = 0; s < trace.stepCount; s++) steps.push(trace.snapshot(s));
  return { name: spec.name, title: spec.title, source: spec.source, steps, focus: trace.stepAfterLine(spec.focusLine, spec.occurrence) };
}

export function traceSamples(): Sample[] {
  return SAMPLE_SPECS.map(traceSample);
}
