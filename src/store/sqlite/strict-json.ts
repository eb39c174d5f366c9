/**
 * JSON.stringify that refuses what JSON cannot round-trip instead of silently changing it
 * (NaN and Infinity would become null, undefined properties would vanish).
 * Throws a plain Error naming the offending path; the caller turns it into a coded error.
 */
export const strictJson = (value: unknown): string => {
  const paths = new Map<object, string>();
  return JSON.stringify(value, function (this: object, key: string, v: unknown) {
    const here = key === '' ? '$' : `${paths.get(this) ?? '$'}.${key}`;
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
      throw new Error(`${here} is ${typeof v}, which JSON cannot hold`);
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new Error(`${here} is ${v}, which JSON cannot hold`);
    }
    if (typeof v === 'object' && v !== null) paths.set(v, here);
    return v;
  });
};
