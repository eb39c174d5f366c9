/** Index of the first element of sorted `xs` not before `x`. */
export const lowerBound = <T>(xs: readonly T[], x: T, order: (a: T, b: T) => number): number => {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(xs[mid]!, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Puts `x` into sorted `xs`, after the elements equal to it. */
export const insertSorted = <T>(xs: T[], x: T, order: (a: T, b: T) => number): void => {
  let lo = lowerBound(xs, x, order);
  while (lo < xs.length && order(xs[lo]!, x) === 0) lo += 1;
  xs.splice(lo, 0, x);
};

/** Takes `x` (the same element) out of sorted `xs`; false when it is not there. */
export const removeSorted = <T>(xs: T[], x: T, order: (a: T, b: T) => number): boolean => {
  for (let i = lowerBound(xs, x, order); i < xs.length && order(xs[i]!, x) === 0; i += 1)
    if (xs[i] === x) {
      xs.splice(i, 1);
      return true;
    }
  return false;
};
