// Arrow paths during a tween: an arrow that persists morphs from its old route to its new one.
// Routes have different numbers of bends, so both are resampled to the same number of points
// by arc length and blended point by point. Pure.
import type { Point } from './layout';

export const TWEEN_POINTS = 24;

/** `n` points spread evenly along the polyline (first and last kept exactly). */
export function resample(points: readonly Point[], n = TWEEN_POINTS): Point[] {
  if (points.length === 0) return [];
  if (points.length === 1) return Array.from({ length: n }, () => points[0]!);
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  }
  const total = lengths.at(-1)!;
  const out: Point[] = [];
  let seg = 1;
  for (let k = 0; k < n; k++) {
    const d = (total * k) / (n - 1);
    while (seg < points.length - 1 && lengths[seg]! < d) seg++;
    const a = points[seg - 1]!, b = points[seg]!;
    const span = lengths[seg]! - lengths[seg - 1]!;
    const t = span === 0 ? 0 : (d - lengths[seg - 1]!) / span;
    out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  out[n - 1] = points.at(-1)!;
  return out;
}

/** Two routes resampled alike, blended at t (0 = from, 1 = to). */
export function blendRoutes(from: readonly Point[], to: readonly Point[], t: number, n = TWEEN_POINTS): Point[] {
  if (t >= 1) return to.slice();
  if (t <= 0) return from.slice();
  const a = resample(from, n);
  const b = resample(to, n);
  return a.map((p, i) => ({ x: p.x + (b[i]!.x - p.x) * t, y: p.y + (b[i]!.y - p.y) * t }));
}
