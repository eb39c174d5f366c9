import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { citationKey } from '../../model/citation-key.js';
import type { Citation } from '../../model/picture.js';

/** The content of a claim others confirm, and who confirms it (entity ids, in the order they answer). */
export interface ConfirmedSpan extends Citation {
  readonly confirmerIds: readonly string[];
  /** The contents of the confirming claims, in the same order (what a reader checks). */
  readonly confirmations: readonly Citation[];
}

const NONE: readonly ConfirmedSpan[] = [];
const NOBODY: readonly string[] = [];

/**
 * The contents of the claims that others confirm: a claim of stance `confirms` that answers another
 * (LinkedClaim.answers: "the Observatory confirmed that government forces have seized the district" after
 * "state television said the army had seized al-Sakhour") adds its claimant to the answered claim's content.
 * A denial confirms nothing, nor does a confirmation with no claimant or no claim it answers. In claim order;
 * one shared empty list when there is none.
 */
export const confirmedSpans = (claims: readonly LinkedClaim[]): readonly ConfirmedSpan[] => {
  const confirmers = new Map<string, { ids: string[]; cites: Citation[] }>();
  for (const c of claims) {
    const by = c.claim.claimantId;
    if (c.claim.stance !== 'confirms' || c.answers === null || by === null) continue;
    const found = confirmers.get(c.answers) ?? { ids: [], cites: [] };
    if (!found.ids.includes(by)) found.ids.push(by);
    found.cites.push(c.claim.content);
    confirmers.set(c.answers, found);
  }
  if (confirmers.size === 0) return NONE;
  return claims.flatMap((c) => {
    const by = confirmers.get(c.claim.id);
    return by === undefined ? [] : [{ ...c.claim.content, confirmerIds: by.ids, confirmations: by.cites }];
  });
};

const covering = (spans: readonly ConfirmedSpan[], span: Citation): readonly ConfirmedSpan[] =>
  spans.filter((s) => s.documentId === span.documentId && s.start <= span.start && span.end <= s.end);

/** Who confirms the claims whose content covers `span` (same report, the span inside the content). */
export const confirmersIn = (spans: readonly ConfirmedSpan[], span: Citation): readonly string[] => {
  if (spans.length === 0) return NOBODY;
  const by = covering(spans, span).flatMap((s) => s.confirmerIds);
  return by.length === 0 ? NOBODY : [...new Set(by)];
};

/** The contents of the claims that confirm those covering `span`, for citing. */
export const confirmationsIn = (spans: readonly ConfirmedSpan[], span: Citation): readonly Citation[] =>
  spans.length === 0 ? [] : covering(spans, span).flatMap((s) => s.confirmations);

/** `confirmersIn` and `confirmationsIn` over a story's claims, by report: what buildControl asks of the full picture. */
export const confirmationsOfClaims = (
  claims: readonly LinkedClaim[],
): {
  readonly confirmersOf: (span: Citation) => readonly string[];
  readonly confirmationsOf: (span: Citation) => readonly Citation[];
} => {
  const byDoc = new Map<string, ConfirmedSpan[]>();
  for (const s of confirmedSpans(claims)) byDoc.set(s.documentId, [...(byDoc.get(s.documentId) ?? []), s]);
  return {
    confirmersOf: (span) => confirmersIn(byDoc.get(span.documentId) ?? NONE, span),
    confirmationsOf: (span) => confirmationsIn(byDoc.get(span.documentId) ?? NONE, span),
  };
};

/** Two lists of confirmed spans that say the same. */
export const sameSpans = (a: readonly ConfirmedSpan[], b: readonly ConfirmedSpan[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => {
    const t = b[i]!;
    return (
      citationKey(s) === citationKey(t) &&
      s.confirmerIds.length === t.confirmerIds.length &&
      s.confirmerIds.every((x, k) => x === t.confirmerIds[k]) &&
      s.confirmations.length === t.confirmations.length &&
      s.confirmations.every((x, k) => citationKey(x) === citationKey(t.confirmations[k]!))
    );
  });
