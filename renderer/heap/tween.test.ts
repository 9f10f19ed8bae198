import { describe, expect, it } from 'vitest';
import { Tween, easeInOutCubic, easeOutBack, phase } from './tween';

describe('tween clock', () => {
  it('reports progress from the time it is given and finishes exactly once', () => {
    const seen: number[] = [];
    let done = 0;
    const t = new Tween(100, (p) => seen.push(p), () => done++);
    t.advance(25);
    t.advance(25);
    expect(seen).toEqual([0.25, 0.5]);
    t.advance(80);
    t.advance(10);
    expect(seen).toEqual([0.25, 0.5, 1]);
    expect(done).toBe(1);
    expect(t.done).toBe(true);
  });

  it('jumps to the end when finished early', () => {
    const seen: number[] = [];
    const t = new Tween(100, (p) => seen.push(p));
    t.advance(10);
    t.finish();
    t.finish();
    expect(seen).toEqual([0.1, 1]);
  });

  it('maps sub-phases and eases between their ends', () => {
    expect([phase(0.1, 0.2, 0.6), phase(0.9, 0.2, 0.6)]).toEqual([0, 1]);
    expect(phase(0.4, 0.2, 0.6)).toBeCloseTo(0.5);
    for (const ease of [easeInOutCubic, easeOutBack]) {
      expect(ease(0)).toBeCloseTo(0);
      expect(ease(1)).toBeCloseTo(1);
    }
    expect(easeInOutCubic(0.25)).toBeLessThan(0.25);
    expect(Math.max(...[0.6, 0.7, 0.8].map(easeOutBack))).toBeGreaterThan(1);
  });
});
