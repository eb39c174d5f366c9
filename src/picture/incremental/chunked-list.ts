/** Items per chunk (a power of two): a change copies the chunks it touches and the index of chunks, no more. */
export const CHUNK_SIZE = 1024;
const SHIFT = Math.log2(CHUNK_SIZE);
const MASK = CHUNK_SIZE - 1;

/**
 * A list that is a value: it never changes once made, and a changed copy (edit) shares every chunk it does not
 * touch with it. A story's lists run to 100,000 items and more and change near their end on most reports, so a
 * change costs the chunks it touches plus one pointer per chunk, not a copy of the list.
 */
export interface ChunkedList<T> {
  readonly length: number;
  /** The item at `i`; undefined outside 0 … length - 1. */
  at(i: number): T | undefined;
  /** The items as one array: made on the first call, then the same array (treat it as read-only). */
  items(): readonly T[];
  /** A draft of a changed copy; this list stays as it is. */
  edit(): ListDraft<T>;
}

/** A changed copy of a list while it is being made (see ChunkedList.edit). */
export interface ListDraft<T> {
  readonly length: number;
  at(i: number): T | undefined;
  /** Keeps the first `length` items (no more than there are). */
  truncate(length: number): void;
  push(x: T): void;
  /** Puts `x` at `i` (0 ≤ i < length). */
  set(i: number, x: T): void;
  /** The list made; the draft is not to be used after. */
  done(): ChunkedList<T>;
}

const made = <T>(chunks: readonly (readonly T[])[], length: number): ChunkedList<T> => {
  let items: T[] | null = null;
  return {
    length,
    at: (i) => chunks[i >> SHIFT]?.[i & MASK],
    items: () => {
      items ??= length === 0 ? [] : ([] as T[]).concat(...chunks);
      return items;
    },
    edit: () => draft(chunks, length),
  };
};

const draft = <T>(from: readonly (readonly T[])[], length: number): ListDraft<T> => {
  const chunks = from.slice() as T[][];
  /** The chunks this draft made (copied or new): only those are written to. */
  const own = new Set<T[]>();
  const writable = (c: number): T[] => {
    const chunk = chunks[c]!;
    if (own.has(chunk)) return chunk;
    const copy = chunk.slice();
    own.add(copy);
    chunks[c] = copy;
    return copy;
  };
  let open = true;
  const check = (): void => {
    if (!open) throw new Error('ListDraft: used after done()');
  };
  return {
    get length() {
      return length;
    },
    at: (i) => chunks[i >> SHIFT]?.[i & MASK],
    truncate: (n) => {
      check();
      if (n >= length) return;
      length = Math.max(0, n);
      chunks.length = (length + MASK) >> SHIFT;
      const rest = length & MASK;
      const c = chunks.length - 1;
      if (rest === 0) return;
      if (own.has(chunks[c]!)) chunks[c]!.length = rest;
      else {
        chunks[c] = chunks[c]!.slice(0, rest);
        own.add(chunks[c]!);
      }
    },
    push: (x) => {
      check();
      if ((length & MASK) === 0) {
        const chunk = [x];
        own.add(chunk);
        chunks.push(chunk);
      } else writable(chunks.length - 1).push(x);
      length += 1;
    },
    set: (i, x) => {
      check();
      if (i < 0 || i >= length) throw new RangeError(`ListDraft.set: ${i} outside 0..${length - 1}`);
      writable(i >> SHIFT)[i & MASK] = x;
    },
    done: () => {
      check();
      open = false;
      return made(chunks, length);
    },
  };
};

/** A list of these items (copied: the array may change after). */
export const chunkedList = <T>(xs: readonly T[] = []): ChunkedList<T> => {
  const chunks: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK_SIZE) chunks.push(xs.slice(i, i + CHUNK_SIZE));
  return made(chunks, xs.length);
};

/** `xs` up to `from`, then `tail` (ChunkedList form of xs.slice(0, from).concat(tail)). */
export const splicedList = <T>(xs: ChunkedList<T>, from: number, tail: readonly T[]): ChunkedList<T> => {
  const d = xs.edit();
  d.truncate(from);
  for (const x of tail) d.push(x);
  return d.done();
};
