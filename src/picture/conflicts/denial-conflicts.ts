import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { docText } from '../../link/story-doc.js';
import type { PictureConflict } from '../../model/picture.js';

/** Who makes a claim: the claimant's name, else the words naming the source, else the outlet. */
export type ClaimVoice = (c: LinkedClaim) => string;

const MAX_QUOTE = 90;

const quote = (c: LinkedClaim): string => {
  const t = docText(c.doc, c.attribution.content).replace(/\s+/g, ' ').trim();
  return t.length <= MAX_QUOTE ? t : `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
};

const names = (claims: readonly LinkedClaim[], voice: ClaimVoice): string =>
  [...new Set(claims.map(voice))].join(', ');

/**
 * One 'denial' conflict per denied claim: itemIds = [the denied claim, its denials, the claims confirming it];
 * the note names who claims, who denies and who confirms. Answers read in near-duplicate reports are the
 * original's answers again and are left out. `about` labels the claim (about.ts).
 */
export const denialConflicts = (
  claims: readonly LinkedClaim[],
  voice: ClaimVoice,
  about: (c: LinkedClaim) => string,
): Omit<PictureConflict, 'id'>[] => {
  const answers = new Map<string, LinkedClaim[]>();
  for (const c of claims)
    if (c.answers !== null && c.doc.report.duplicateOf === null) {
      const key = `${c.claim.stance}\u0000${c.answers}`;
      answers.set(key, [...(answers.get(key) ?? []), c]);
    }
  const answering = (stance: string, target: string) => answers.get(`${stance}\u0000${target}`) ?? [];
  return claims
    .filter((t) => answering('denies', t.claim.id).length > 0)
    .map((t) => {
      const denials = answering('denies', t.claim.id);
      const confirms = answering('confirms', t.claim.id);
      const note = [
        `"${quote(t)}" — claimed by ${voice(t)}`,
        `denied by ${names(denials, voice)}`,
        ...(confirms.length > 0 ? [`confirmed by ${names(confirms, voice)}`] : []),
      ].join('; ');
      return {
        kind: 'denial' as const,
        about: about(t),
        itemIds: [t, ...denials, ...confirms].map((c) => c.claim.id),
        note,
      };
    });
};
