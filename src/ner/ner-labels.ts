/** The four CoNLL entity types the tagger knows. */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * Internal BILOU labels (Ratinov & Roth 2009 found BILOU better than BIO for this task).
 * Index 0 is O; the rest are `${position}-${type}`.
 */
export const LABELS: readonly string[] = [
  'O',
  ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

export const labelIndex: ReadonlyMap<string, number> = new Map(LABELS.map((l, i) => [l, i]));

const position = (label: string): string => label.charAt(0);
const typeOf = (label: string): string => label.slice(2);

/** Whether `next` may follow `prev` in a well-formed BILOU sequence (prev null = sentence start). */
export const bilouAllowed = (prev: string | null, next: string | null): boolean => {
  const open = prev !== null && (position(prev) === 'B' || position(prev) === 'I');
  if (next === null) return !open;
  const p = position(next);
  if (open) return (p === 'I' || p === 'L') && typeOf(next) === typeOf(prev as string);
  return p === 'O' || p === 'B' || p === 'U';
};

/** BILOU labels to the BIO tags the API returns. */
export const bilouToBio = (labels: readonly string[]): string[] =>
  labels.map((l) => {
    const p = position(l);
    if (l === 'O') return 'O';
    return p === 'B' || p === 'U' ? `B-${typeOf(l)}` : `I-${typeOf(l)}`;
  });

/** BIO (IOB2, or IOB1 where I- may open a span) tags to BILOU labels. */
export const bioToBilou = (tags: readonly string[]): string[] =>
  tags.map((tag, i) => {
    if (tag === 'O') return 'O';
    const t = tag.slice(2);
    const prev = tags[i - 1];
    const next = tags[i + 1];
    const begins = tag.startsWith('B-') || prev === undefined || prev === 'O' || prev.slice(2) !== t;
    const continues = next?.startsWith('I-') === true && next.slice(2) === t;
    if (begins) return continues ? `B-${t}` : `U-${t}`;
    return continues ? `I-${t}` : `L-${t}`;
  });
