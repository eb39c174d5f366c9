import { buildClaims, type LinkedClaim } from '../../link/claims/build-claims.js';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import type { MentionId } from '../../model/ids.js';
import type { Citation, PictureFigure } from '../../model/picture.js';
import { buildFigures } from '../figures/build-figures.js';
import { seriesKey } from '../figures/series-key.js';
import type { DocSlot } from './doc-slot.js';

/** A figure of one report as buildFigures makes it, numbered from 0 inside the report. */
export interface FigureRef {
  readonly slot: DocSlot;
  readonly index: number;
}

/** One report's figures: those it makes (raw series keys) and the earlier figures its copies add evidence to. */
export interface DocFigures {
  /** Report order of the report's chain of originals it was computed with (see docFigures). */
  readonly chain: readonly DocSlot[];
  readonly own: readonly PictureFigure[];
  readonly copies: readonly { readonly of: FigureRef; readonly citation: Citation }[];
  readonly figureOf: ReadonlyMap<MentionId, FigureRef>;
}

const numberAfter = (id: string, head: string): number => Number(id.slice(head.length));

/** One report's claims numbered as buildClaims numbers them after `base` claims of earlier reports. */
export const docClaims = (
  slot: DocSlot,
  entities: EntityIndex,
  prefix: string,
  base: number,
): LinkedClaim[] => {
  const head = `${prefix}c`;
  const renumber = (id: string): string => `${head}${base + numberAfter(id, head)}`;
  return buildClaims([slot.doc], entities, prefix).map((c) => ({
    ...c,
    claim: { ...c.claim, id: renumber(c.claim.id) },
    answers: c.answers === null ? null : renumber(c.answers),
  }));
};

/** A report's claims numbered `by` places later: those of the reports before it grew or shrank by that many. */
export const shiftedClaims = (claims: readonly LinkedClaim[], prefix: string, by: number): LinkedClaim[] => {
  const head = `${prefix}c`;
  const shift = (id: string): string => `${head}${numberAfter(id, head) + by}`;
  return claims.map((c) => ({
    ...c,
    claim: { ...c.claim, id: shift(c.claim.id) },
    answers: c.answers === null ? null : shift(c.answers),
  }));
};

/** The series key a figure has before a placeless figure joins a placed series (placeless-series.ts). */
export const rawSeriesKey = (f: PictureFigure): string => seriesKey(f.measure, f.what, f.placeId, f.unit);

/**
 * One report's figures, from buildFigures over the report and its `chain`: the originals it copies (its
 * duplicateOf, that one's, …) that come before it in the story, in report order. A copy only ever matches
 * figures its original made, and those are the same in the chain as in the whole story, so the figures the
 * report makes, the copies it matches and the door from its mentions to figures are the story's.
 */
export const docFigures = (
  chain: readonly DocSlot[],
  slot: DocSlot,
  entities: EntityIndex,
  prefix: string,
): DocFigures => {
  const slots = [...chain, slot];
  const slotOf = new Map(slots.map((s) => [s.id, s]));
  const { figures, figureOf } = buildFigures(
    slots.map((s) => s.doc),
    entities,
    prefix,
  );
  const made = new Map<string, number>();
  const refOf = new Map<string, FigureRef>();
  const own: PictureFigure[] = [];
  const copies: { of: FigureRef; citation: Citation }[] = [];
  for (const f of figures) {
    const maker = slotOf.get(f.evidence[0]!.documentId)!;
    const index = made.get(maker.id) ?? 0;
    made.set(maker.id, index + 1);
    const ref = { slot: maker, index };
    refOf.set(f.id, ref);
    if (maker === slot) own.push({ ...f, seriesKey: rawSeriesKey(f) });
    else for (const c of f.evidence) if (c.documentId === slot.id) copies.push({ of: ref, citation: c });
  }
  const refs = new Map<MentionId, FigureRef>();
  for (const m of slot.doc.analysis.figures) {
    const id = figureOf(m.id);
    const ref = id === null ? undefined : refOf.get(id);
    if (ref) refs.set(m.id, ref);
  }
  return { chain, own, copies, figureOf: refs };
};
