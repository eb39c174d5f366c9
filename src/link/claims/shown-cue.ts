import { CLAIM_QUOTED_CUE } from '../../lang/en/claim-cues.js';

/**
 * The cue a claim shows: the cue's words, or, for a quotation that only a quotation mark or a colon introduces
 * (a quote going on in the speaker's words), `quoted`.
 */
export const shownCue = (cue: string, direct: boolean): string =>
  direct && !/\p{L}/u.test(cue) ? CLAIM_QUOTED_CUE : cue;
