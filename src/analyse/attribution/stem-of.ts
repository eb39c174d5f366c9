const SUFFIX = /(?:ing|ed|es|s)$/;

/** A crude stem: the word without -ing, -ed, -es or -s when at least three letters remain ("vowed" → "vow"). */
export const stemOf = (w: string): string => {
  const s = w.replace(SUFFIX, '');
  return s.length >= 3 ? s : w;
};
