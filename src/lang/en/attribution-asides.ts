/**
 * Words that open a reporting aside after a comma, its content being what comes before the comma: "Y, as the
 * correspondent reports." (the source follows them, the cue ends the sentence).
 */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set(['as']);
