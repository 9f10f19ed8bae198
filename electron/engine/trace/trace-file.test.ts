// The trace file (docs/TRACE-FORMAT.md) read back rebuilds every step exactly as the trace that
// wrote it, events and explanations included; a file that is not one is refused with a message.
import { describe, expect, it } from 'vitest';
import { readTraceFile, TRACE_FORMAT } from './trace-file';
import { traceProgram } from './trace-program';

const PROGRAM = `class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt
big = list(range(40))
table = {i: str(i) for i in range(20)}
head = None
for r in range(30):
    head = Node([r], head)
    big.append(r * 1000)
    table[r % 20] = head
    if r % 7 == 0:
        del table[r % 20]
        big.pop(0)
print(len(big), len(table))
`;

describe('the trace file', () => {
  const trace = traceProgram(PROGRAM);
  const text = JSON.stringify(trace.toJSON());
  const back = readTraceFile(JSON.parse(text));

  it('rebuilds every step as the trace that wrote it', () => {
    expect(trace.result.exitCode).toBe(0);
    expect(back.stepCount).toBe(trace.stepCount);
    expect(back.result).toEqual(trace.result);
    for (let k = 0; k < trace.stepCount; k++) {
      expect(back.snapshot(k), `step ${k}`).toEqual(trace.snapshot(k));
      expect(back.steps[k]!.events, `step ${k}`).toEqual(trace.steps[k]!.events);
    }
  });

  it('is written again identically from what it read', () => {
    expect(JSON.stringify(back.toJSON())).toBe(text);
  });

  it('keeps a big container as the slots written, not a copy per step', () => {
    const file = trace.toJSON();
    const bigRecords = file.objects.filter((row) => row[7].length >= 40);
    // the list and the dict are written whole when made and when freed, in between only by slots
    expect(bigRecords.length).toBeLessThanOrEqual(4);
    expect(file.changes.ints.filter((_, i) => i % 4 === 0 && file.changes.ints[i] === 5).length).toBeGreaterThanOrEqual(30);
  });

  it('refuses what is not a trace file, naming the problem', () => {
    expect(() => readTraceFile([])).toThrow('trace file: not a JSON object');
    expect(() => readTraceFile({ format: 'refquest-trace/1' })).toThrow(`format is "refquest-trace/1", this reader reads ${TRACE_FORMAT}`);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(() => readTraceFile({ ...file, steps: [1, 2, 3] })).toThrow(/steps holds 3 ints/);
    expect(() => readTraceFile({ ...file, strings: [] })).toThrow(/string table lacks/);
  });
});
