/**
 * Finds each token value in the text, in order, and returns its [start, end): wink gives token values, not
 * offsets. A value the text does not hold verbatim (wink composes "e\u0301" into "é") is matched by its NFC form.
 */
export const alignTokens = (
  text: string,
  values: readonly string[],
): readonly (readonly [number, number])[] => {
  const out: (readonly [number, number])[] = [];
  let at = 0;
  for (const value of values) {
    if (!/^\s/.test(value)) while (at < text.length && /\s/.test(text[at]!)) at += 1;
    const found = text.startsWith(value, at)
      ? ([at, at + value.length] as const)
      : (nfcMatch(text, at, value) ??
        nearby(text, at, value) ??
        ([at, Math.min(text.length, at + value.length)] as const));
    out.push(found);
    at = found[1];
  }
  return out;
};

const nfcMatch = (text: string, start: number, value: string): readonly [number, number] | null => {
  const want = value.normalize('NFC');
  const last = Math.min(text.length, start + value.length * 2 + 2);
  for (let k = start + 1; k <= last; k += 1) {
    if (text.slice(start, k).normalize('NFC') === want) return [start, k];
  }
  return null;
};

const nearby = (text: string, start: number, value: string): readonly [number, number] | null => {
  const i = text.indexOf(value, start);
  return i >= 0 && i - start <= 8 ? [i, i + value.length] : null;
};
