/**
 * Words that open a relative clause after the name of who makes a claim ("the officials, who were briefed on
 * the investigation"): the claimant is named by the words before it.
 */
export const CLAIMANT_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);
