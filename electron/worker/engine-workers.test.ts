// The engine workers: a job's result comes back by message; a job past its deadline, over the
// worker's heap cap or cancelled is stopped by killing its worker (the engine's own budgets are
// not what stops it), main keeps ticking meanwhile, and the next job gets a fresh worker.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineStopped, EngineWorkers } from './engine-workers';

const workers = new EngineWorkers({ workers: 1, heapMb: 64 });
afterAll(() => workers.close());

/** Resolves with the longest gap between two ticks of main's event loop while `work` runs. */
async function longestStall<T>(work: Promise<T>): Promise<{ outcome: T | EngineStopped; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 20);
  try {
    const outcome = await work.catch((error: unknown) => {
      if (error instanceof EngineStopped) return error;
      throw error;
    });
    return { outcome, stallMs };
  } finally {
    clearInterval(ticker);
  }
}

describe('engine workers', () => {
  it('runs a job and gives what the engine gives (the output python3 prints)', async () => {
    const code = 'a = [1, 2]\nb = a\nprint(a is b, len(b))\n';
    expect(await workers.run({ kind: 'editor-check', code })).toEqual({ ok: true, stdout: execFileSync('python3', ['-c', code], { encoding: 'utf8' }) });
  });

  it('kills a job at its deadline, with main never stalled, then serves the next job', async () => {
    // one line of long work: the engine's own 2-second budget would stop it; the 300 ms deadline comes first
    const { outcome, stallMs } = await longestStall(workers.run({ kind: 'editor-check', code: 'total = sum(range(10**9))\n' }, { deadlineMs: 300 }));
    expect(outcome).toMatchObject({ reason: 'deadline', message: 'the engine was stopped after 0.3 seconds' });
    expect(stallMs).toBeLessThan(1_000);
    expect(await workers.run({ kind: 'editor-check', code: 'print(1)\n' })).toEqual({ ok: true, stdout: '1\n' });
  });

  it("kills a job at the worker's heap cap, under the engine's own memory budget", async () => {
    // one list of 10,000,000 slots: 80 MB at once, within the engine's 256 MB budget, over this process's 64 MB heap
    const code = 'row = [0] * 10_000_000\n';
    const { outcome, stallMs } = await longestStall(workers.run({ kind: 'editor-check', code }, { deadlineMs: 30_000 }));
    expect(outcome).toMatchObject({ reason: 'memory', message: 'the engine was stopped at its memory limit (64 MB)' });
    expect(stallMs).toBeLessThan(1_000);
    expect(workers.liveWorkers).toBe(0);
    expect(await workers.run({ kind: 'editor-check', code: 'print(2)\n' })).toEqual({ ok: true, stdout: '2\n' });
  });

  it('stops a job when it is cancelled, and refuses one cancelled before it starts', async () => {
    const controller = new AbortController();
    const running = workers.run({ kind: 'editor-check', code: 'total = sum(range(10**9))\n' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toMatchObject({ reason: 'cancelled' });
    await expect(workers.run({ kind: 'editor-check', code: 'print(3)\n' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ reason: 'cancelled' });
  });

  it('reports each level a pack check starts', async () => {
    const { makePack } = await import('../classroom/test-fixtures');
    const { text, pack } = makePack();
    const seen: number[] = [];
    const checked = await workers.run({ kind: 'check-pack', input: text }, { onProgress: (p) => seen.push(p.level) });
    expect(checked.ok).toBe(true);
    expect(seen).toEqual(pack.levels.map((_, index) => index));
  });
});
