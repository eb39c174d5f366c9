/**
 * Sorted 32-bit keys packed as base64 of their gaps in LEB128 varints (about 2.5 bytes a key instead of 4;
 * the model file stores its feature keys this way).
 */
export const packKeys = (sorted: Uint32Array): string => {
  const bytes: number[] = [];
  let prev = 0;
  for (const k of sorted) {
    let gap = k - prev;
    prev = k;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
  }
  return Buffer.from(bytes).toString('base64');
};

/** The keys back; null when the bytes do not decode to `count` ascending keys. */
export const unpackKeys = (packed: string, count: number): Uint32Array | null => {
  const bytes = Buffer.from(packed, 'base64');
  const keys = new Uint32Array(count);
  let prev = 0;
  let i = 0;
  for (let n = 0; n < count; n++) {
    let gap = 0;
    let mul = 1;
    for (;;) {
      if (i >= bytes.length) return null;
      const b = bytes[i++]!;
      gap += (b & 0x7f) * mul;
      mul *= 0x80;
      if (b < 0x80) break;
    }
    prev += gap;
    if (prev > 0xffffffff || (n > 0 && gap === 0)) return null;
    keys[n] = prev;
  }
  return i === bytes.length ? keys : null;
};
