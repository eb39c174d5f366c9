import { claimantCitation } from '../../link/claims/claimant-citation.js';
import { coveringAttribution } from '../../link/claims/covering-attribution.js';
import { coClaimantIds } from '../../link/claims/joint-sources.js';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import { docText, type StoryDoc } from '../../link/story-doc.js';
import type { FigureMention } from '../../model/figure-mention.js';
import type { MentionId } from '../../model/ids.js';
import type { Citation, PictureFigure } from '../../model/picture.js';
import { derivedShare } from './derived-share.js';
import { figureDates } from './figure-dates.js';
import { placelessSeries } from './placeless-series.js';
import { seriesKey } from './series-key.js';

/** A story's figures and the door from a figure mention id to its picture figure id. */
export interface FigureIndex {
  readonly figures: readonly PictureFigure[];
  readonly figureOf: (mention: MentionId) => string | null;
}

interface Made {
  figure: PictureFigure;
  readonly documentId: string;
  readonly surface: string;
  derivedId: string | null;
}

const cite = (doc: StoryDoc, m: FigureMention): Citation => ({
  documentId: doc.report.id,
  start: m.span.start,
  end: m.span.end,
});

type Told = Pick<PictureFigure, 'measure' | 'value' | 'low' | 'high' | 'unit'>;

/** Same figure told verbatim: same words, measure, value, bounds and unit. */
const sameTelling = (made: Made, surface: string, f: Told): boolean =>
  made.surface === surface &&
  made.figure.measure === f.measure &&
  made.figure.value === f.value &&
  made.figure.low === f.low &&
  made.figure.high === f.high &&
  made.figure.unit === f.unit;

/**
 * One picture figure per figure mention, in report then text order (ids `${prefix}f<n>`). A figure repeated
 * verbatim in a near-duplicate of an earlier report is the same figure with extra evidence, and so is a
 * restatement in other units ("20 km² (nearly 8 sq mi)", `restates`). The claimant is
 * the entity of the innermost attribution whose content contains the figure (null: the outlet says it).
 * An area controlled that is part of an area total adds a derived share_controlled figure (derived-share.ts).
 * A figure without a place joins the story's one placed series of its kind (placeless-series.ts).
 */
export const buildFigures = (
  docs: readonly StoryDoc[],
  entities: EntityIndex,
  prefix: string,
): FigureIndex => {
  const made: Made[] = [];
  const idOf = new Map<MentionId, string>();
  const nextId = (): string => `${prefix}f${made.length + 1}`;
  for (const doc of docs) {
    const { figures, times, attributions } = doc.analysis;
    const original = doc.report.duplicateOf;
    const matched = new Set<Made>();
    for (const m of [...figures].sort((a, b) => a.span.start - b.span.start)) {
      // "20 km² (nearly 8 sq mi)": the restatement is more evidence of the figure it restates
      const restated =
        m.restates === null ? undefined : made.find((x) => x.figure.id === idOf.get(m.restates!));
      if (restated) {
        restated.figure = { ...restated.figure, evidence: [...restated.figure.evidence, cite(doc, m)] };
        idOf.set(m.id, restated.figure.id);
        continue;
      }
      const attribution = coveringAttribution(attributions, m.span);
      const placeId = entities.entityOf(m.placeId);
      const claimantId = entities.entityOf(attribution?.sourceMentionId ?? null);
      const base = {
        measure: m.measure,
        what: m.what,
        value: m.value,
        low: m.low,
        high: m.high,
        unit: m.unit,
        approximate: m.approximate,
        ...figureDates(times.find((t) => t.id === m.timeId) ?? null, doc.report.published),
        placeId,
        claimantId,
        coClaimantIds: coClaimantIds(doc, attribution, entities, claimantId),
        claimantSpan: claimantCitation(doc, attribution ?? null),
        evidence: [cite(doc, m)],
      };
      const surface = docText(doc, m.span);
      const copy =
        original === null
          ? undefined
          : made.find((x) => x.documentId === original && !matched.has(x) && sameTelling(x, surface, base));
      if (copy) {
        matched.add(copy);
        copy.figure = { ...copy.figure, evidence: [...copy.figure.evidence, cite(doc, m)] };
        const derived = made.find((x) => x.figure.id === copy.derivedId);
        if (derived)
          derived.figure = { ...derived.figure, evidence: [...derived.figure.evidence, cite(doc, m)] };
        idOf.set(m.id, copy.figure.id);
        continue;
      }
      const figure: PictureFigure = {
        id: nextId(),
        ...base,
        seriesKey: seriesKey(m.measure, m.what, placeId, m.unit),
      };
      const own: Made = { figure, documentId: doc.report.id, surface, derivedId: null };
      made.push(own);
      idOf.set(m.id, figure.id);
      const total = figures.find((t) => t.id === m.partOf);
      const share = derivedShare(m, total, figure, entities.entityOf(total?.placeId ?? null));
      if (share) {
        own.derivedId = nextId();
        const key = seriesKey(share.measure, share.what, share.placeId, share.unit);
        made.push({
          figure: { ...share, id: own.derivedId, seriesKey: key },
          documentId: doc.report.id,
          surface,
          derivedId: null,
        });
      }
    }
  }
  return { figures: placelessSeries(made.map((x) => x.figure)), figureOf: (m) => idOf.get(m) ?? null };
};
