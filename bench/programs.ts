// The benchmark's programs, sized by a loop count so each runs about the wanted number of steps.

export interface BenchProgram {
  readonly name: string;
  readonly describe: string;
  /** the program for `iterations` loop turns */
  source(iterations: number): string;
}

/** A list of `items` items that then grows by one item per loop turn (issue 13: a pass per append). */
function growingList(items: number): BenchProgram {
  return {
    name: `growlist${items >= 1000 ? `${items / 1000}k` : items}`,
    describe: `a list of ${items.toLocaleString('en-US')} ints that grows by append in a loop`,
    source: (n) => `xs = list(range(${items}))
for r in range(${n}):
    xs.append(r)
`,
  };
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
  growingList(1_000),
  growingList(10_000),
  growingList(100_000),
  {
    name: 'linked300',
    describe: "Python Tutor's linked-list example: 300 nodes built, then walked again and again",
    source: (n) => `class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
head = None
for i in range(300):
    head = Node(i, head)
for r in range(${n}):
    total = 0
    p = head
    while p is not None:
        total += p.value
        p = p.next
`,
  },
  {
    name: 'dict10k',
    describe: 'a dict of 10,000 entries whose values are replaced in a loop',
    source: (n) => `d = {i: i for i in range(10000)}
for r in range(${n}):
    d[r % 10000] = str(r)
`,
  },
];
