import { describe, expect, it } from 'vitest';
import { blendRoutes, resample } from './routes';

describe('route blending', () => {
  it('resamples by arc length, keeping both ends', () => {
    const pts = resample([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }], 5);
    expect(pts).toEqual([{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }, { x: 10, y: 10 }]);
  });

  it('blends two routes with different bend counts point by point', () => {
    const straight = [{ x: 0, y: 0 }, { x: 20, y: 0 }];
    const bent = [{ x: 0, y: 10 }, { x: 0, y: 20 }, { x: 20, y: 20 }];
    const half = blendRoutes(straight, bent, 0.5, 3);
    expect(half).toEqual([{ x: 0, y: 5 }, { x: 7.5, y: 10 }, { x: 20, y: 10 }]);
    expect(blendRoutes(straight, bent, 1)).toEqual(bent);
    expect(blendRoutes(straight, bent, 0)).toEqual(straight);
  });
});
