// The benchmark's programs, sized by a loop count so each runs about the wanted number of steps.

export interface BenchProgram {
  readonly name: string;
  readonly describe: string;
  /** the program for `iterations` loop turns */
  source(iterations: number): string;
  /** line steps per loop turn, measured once to size the loop (see calibrate in run.ts) */
}

export const PROGRAMS: readonly BenchProgram[] = [
  {
    name: 'lists20',
    describe: 'keeps 20 small lists alive and mutates them in a loop',
    source: (n) => `lists = [[i, i + 1] for i in range(20)]
for r in range(${n}):
    l = lists[r % 20]
    l.append(r)
    if len(l) > 6:
        del l[0]
`,
  },
  {
    name: 'heap',
    describe: 'heap-heavier: instances in chains, a 500-slot dict of them, strings, calls',
    source: (n) => `class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
table = {}
head = None
for r in range(${n}):
    head = Node([r, str(r)], head)
    table[r % 500] = head
    if r % 50 == 0:
        head = None
`,
  },
];
