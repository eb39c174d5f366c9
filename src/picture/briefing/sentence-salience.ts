import type { Citation } from '../../model/picture.js';
import type { Span } from '../../model/span.js';

/** What a story knows that makes a sentence worth briefing, as citations into its reports. */
export interface SalienceMarks {
  readonly figures: readonly Citation[];
  readonly events: readonly Citation[];
  readonly claims: readonly Citation[];
  /** Figures and claims that take part in a conflict. */
  readonly conflicted: readonly Citation[];
}

/** Weights: facts (figures, events) and disputes outrank plain attributions; a lede sentence gets a nudge. */
export const SALIENCE_WEIGHTS = { figure: 3, event: 3, claim: 1, conflict: 3, lede: 1 } as const;
/** Sentences this early in their report are its lede. */
export const LEDE_SENTENCES = 3;

const inside = (documentId: string, s: Span, cs: readonly Citation[]): boolean =>
  cs.some((c) => c.documentId === documentId && c.start < s.end && s.start < c.end);

/** The salience of one sentence (its index in its report given): 0 when it carries nothing. */
export const sentenceSalience = (
  documentId: string,
  s: Span,
  index: number,
  marks: SalienceMarks,
): number => {
  const w = SALIENCE_WEIGHTS;
  const facts =
    (inside(documentId, s, marks.figures) ? w.figure : 0) +
    (inside(documentId, s, marks.events) ? w.event : 0) +
    (inside(documentId, s, marks.claims) ? w.claim : 0) +
    (inside(documentId, s, marks.conflicted) ? w.conflict : 0);
  return facts === 0 ? 0 : facts + (index < LEDE_SENTENCES ? w.lede : 0);
};

const NO_MARKS: SalienceMarks = { figures: [], events: [], claims: [], conflicted: [] };

/** The marks split per document once, so scoring a sentence reads only its own report's citations. */
export const marksByDocument = (marks: SalienceMarks): ((documentId: string) => SalienceMarks) => {
  const out = new Map<
    string,
    { figures: Citation[]; events: Citation[]; claims: Citation[]; conflicted: Citation[] }
  >();
  for (const kind of ['figures', 'events', 'claims', 'conflicted'] as const)
    for (const c of marks[kind]) {
      const m = out.get(c.documentId) ?? { figures: [], events: [], claims: [], conflicted: [] };
      m[kind].push(c);
      out.set(c.documentId, m);
    }
  return (documentId) => out.get(documentId) ?? NO_MARKS;
};
