import { describe, expect, it } from 'vitest';
import { RenderOnDemand } from './RenderOnDemand';

/** A hand-driven requestAnimationFrame: frames run only when the test says so. */
function fakeFrames() {
  let queued: ((now: number) => void) | null = null;
  let now = 0;
  return {
    request: (cb: (now: number) => void) => {
      queued = cb;
      return 1;
    },
    cancel: () => (queued = null),
    get pending() {
      return queued !== null;
    },
    run(ms = 16) {
      now += ms;
      const cb = queued;
      queued = null;
      cb?.(now);
    },
  };
}

describe('RenderOnDemand', () => {
  it('draws one frame per burst of changes and nothing while still', () => {
    const raf = fakeFrames();
    let renders = 0;
    const r = new RenderOnDemand(() => renders++, raf.request, raf.cancel);
    r.invalidate();
    r.invalidate();
    raf.run();
    expect(renders).toBe(1);
    expect(raf.pending).toBe(false);
    raf.run();
    expect(renders).toBe(1);
  });

  it('keeps drawing while an animation runs, then stops', () => {
    const raf = fakeFrames();
    let renders = 0;
    const r = new RenderOnDemand(() => renders++, raf.request, raf.cancel);
    let elapsed = 0;
    r.animate((ms) => (elapsed += ms) < 50);
    for (let i = 0; i < 10; i++) raf.run(16);
    expect(renders).toBe(4);
    expect(r.animating).toBe(false);
    expect(raf.pending).toBe(false);
  });

  it('stop() drops pending frames and animations', () => {
    const raf = fakeFrames();
    const r = new RenderOnDemand(() => {}, raf.request, raf.cancel);
    r.animate(() => true);
    r.stop();
    expect(raf.pending).toBe(false);
    expect(r.animating).toBe(false);
  });
});
