/**
 * `xs` up to `from`, then `tail`: a new array, allocated once. A story's lists run to 100,000 items and more,
 * so the copy a changed list needs (its older values stay as they were) is made in one step, without growing.
 */
export const spliced = <T>(xs: readonly T[], from: number, tail: readonly T[]): T[] => {
  const at = Math.min(from, xs.length);
  const total = at + tail.length;
  const out = total <= xs.length ? xs.slice(0, total) : xs.concat(tail.slice(xs.length - at));
  const overlap = Math.min(tail.length, xs.length - at);
  for (let i = 0; i < overlap; i += 1) out[at + i] = tail[i]!;
  return out;
};

/** `xs` cut or padded (with holes, to be filled) to `length`: a new array, allocated once. */
export const resized = <T>(xs: readonly T[], length: number): T[] =>
  length <= xs.length ? xs.slice(0, length) : xs.concat(new Array<T>(length - xs.length));
