/**
 * A claim's cue as the briefing prints it: a sentence-initial capital made small ("According to" → "according
 * to", "Alleges" → "alleges") and a colon that introduced the quotation left off ("said after the vote:" → "said
 * after the vote"); a cue that is only a colon ("Kalden: 'We stay'") gives the empty string, printed as no cue.
 */
export const cueLabel = (cue: string): string =>
  cue
    .trim()
    .replace(/\s*:$/, '')
    .replace(/^[A-Z](?=[a-z'’ ]|$)/, (c) => c.toLowerCase());
