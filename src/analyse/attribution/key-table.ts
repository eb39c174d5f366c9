/**
 * An open-addressing hash table from 32-bit feature keys to row numbers (linear probing; keys are already
 * well mixed, so their low bits pick the slot). Each slot holds the key and its row + 1 side by side, so a lookup
 * touches one place in memory. Built once when the model is read.
 */
export interface KeyTable {
  /** Per slot: key (as int32), row + 1 (0 = empty slot). */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly size: number;
}

export const keyTable = (keys: Uint32Array): KeyTable => {
  let cap = 16;
  while (cap < keys.length * 2) cap *= 2;
  const slots = new Int32Array(cap * 2);
  const mask = cap - 1;
  for (let row = 0; row < keys.length; row++) {
    let s = keys[row]! & mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    slots[2 * s] = keys[row]! | 0;
    slots[2 * s + 1] = row + 1;
  }
  return { slots, mask, size: keys.length };
};

/** The row of `key`, or -1 when the table does not hold it. */
export const findKey = (t: KeyTable, key: number): number => {
  const k = key | 0;
  let s = key & t.mask;
  for (;;) {
    const r = t.slots[2 * s + 1]!;
    if (r === 0) return -1;
    if (t.slots[2 * s] === k) return r - 1;
    s = (s + 1) & t.mask;
  }
};

/** Rows of every key (-1 where absent). */
export const findKeys = (t: KeyTable, keys: Uint32Array): Int32Array => {
  const rows = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) rows[i] = findKey(t, keys[i]!);
  return rows;
};
