/** The attribution tagger's labels: BIO over the three roles PolNeAR annotates (each token has at most one). */
export const TAGGER_LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type TaggerLabel = (typeof TAGGER_LABELS)[number];
export type TaggerRole = 'source' | 'cue' | 'content';

export const ROLE_OF_TAG: Readonly<Record<string, TaggerRole>> = {
  SRC: 'source',
  CUE: 'cue',
  CON: 'content',
};
export const TAG_OF_ROLE: Readonly<Record<TaggerRole, string>> = {
  source: 'SRC',
  cue: 'CUE',
  content: 'CON',
};

const L = TAGGER_LABELS.length;

/** Whether label `next` may follow `prev` (null: sequence start): an I- continues a B- or I- of its role. */
export const taggerAllowed = (prev: string | null, next: string): boolean =>
  !next.startsWith('I-') || (prev !== null && prev !== 'O' && prev.slice(2) === next.slice(2));

/** (L + 1) × L: 1 where allowed; row L is the sequence start. */
export const TAGGER_ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++)
    for (let n = 0; n < L; n++)
      a[p * L + n] = taggerAllowed(TAGGER_LABELS[p] ?? null, TAGGER_LABELS[n]!) ? 1 : 0;
  return a;
})();
