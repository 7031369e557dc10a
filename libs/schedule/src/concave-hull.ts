/**
 * The least concave majorant of a function given at 0, 1, ..., n, as segments of the
 * piecewise-linear upper hull: `width` agents at `slope` value per agent, slopes decreasing.
 *
 * Why: answered-within-target calls are S-shaped in agents (zero while the queue is unstable,
 * then rising and flattening). A linear programme that maximises a concave piecewise-linear
 * function needs no integer variables; using the hull, which lies on or above the true
 * curve, keeps the LP optimum an upper bound on any schedule. Cost O(n) (monotone chain).
 */
export interface HullSegment {
  width: number;
  slope: number;
}

export function concaveHullSegments(values: ArrayLike<number>): HullSegment[] {
  const hull: number[] = [];
  for (let n = 0; n < values.length; n++) {
    while (hull.length >= 2) {
      const a = hull[hull.length - 2]!;
      const b = hull[hull.length - 1]!;
      // b lies on or below the chord from a to n: drop it.
      const cross = (values[b]! - values[a]!) * (n - a) - (values[n]! - values[a]!) * (b - a);
      if (cross <= 0) hull.pop();
      else break;
    }
    hull.push(n);
  }
  const segments: HullSegment[] = [];
  for (let i = 1; i < hull.length; i++) {
    const width = hull[i]! - hull[i - 1]!;
    segments.push({ width, slope: (values[hull[i]!]! - values[hull[i - 1]!]!) / width });
  }
  return segments;
}
