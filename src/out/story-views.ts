import { MEASURE_RESTATING_NOUNS } from '../lang/en/figure-measure-nouns.js';
import type { FigureUnit } from '../model/figure-mention.js';
import type { Measure } from '../model/measure.js';
import type {
  Picture,
  PictureClaim,
  PictureConflict,
  PictureEvent,
  PictureFigure,
  PictureStory,
} from '../model/picture.js';
import type { Stance } from '../model/stance.js';
import { changeNote } from './change-note.js';
import { quoteOf } from './citation-register.js';
import { claimantEntityName } from './claimant-entity-name.js';
import { claimantHeading, claimantKey } from './claimant-key.js';
import { cueLabel } from './cue-label.js';
import { storyEventGist } from './event-gist.js';
import { discrepancyNote, figureSource } from './figure-source.js';
import { formatFigureValue, formatWindow } from './format-figure.js';
import { mergeClaimLines } from './merge-claim-lines.js';
import { mergeFigureRows } from './merge-figure-rows.js';
import type {
  Cite,
  ClaimantView,
  ConflictView,
  EntityName,
  FigureTable,
  TimelineLine,
} from './view-types.js';
import { CONFLICT_KIND_NOTES, FIGURE_UNIT_NOTES, MEASURE_NOTES, STANCE_NOTES } from './vocabulary-notes.js';

const UNATTRIBUTED = 'Unattributed';

/** Who speaks when a figure has no claimant: the report itself, named by its outlet when known. */
const ownVoice = (p: Picture, f: PictureFigure): string => {
  const outlet = p.documents.find((d) => d.id === f.evidence[0]?.documentId)?.outlet ?? null;
  return outlet === null ? 'the report itself' : `${outlet} (own reporting)`;
};

/** The words that name an unnamed source ("a Russian military spokesman"), as the report writes them. */
const sourceWords = (p: Picture, x: PictureFigure | PictureClaim): string | null =>
  x.claimantSpan === null
    ? null
    : (quoteOf(p.documents.find((d) => d.id === x.claimantSpan!.documentId)?.text, x.claimantSpan) ?? null);

/**
 * Who says a figure or claim: its claimant and those named jointly with it ("A and B", "A, B and C"); with no
 * claimant entity, the words that name the source; null when the report names none.
 */
const whoSays = (p: Picture, x: PictureFigure | PictureClaim, name: EntityName): string | null => {
  if (x.claimantId === null) return sourceWords(p, x);
  const all = [x.claimantId, ...x.coClaimantIds].map((id) => name(id) ?? id);
  return all.length === 1 ? all[0]! : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
};

const TERRITORY: ReadonlySet<string> = new Set(['area_controlled', 'area_total', 'share_controlled']);

const measureLabel = (m: string): string => MEASURE_NOTES[m as Measure]?.label ?? m;
const stanceLabel = (s: string): string => STANCE_NOTES[s as Stance]?.label ?? s;
const unitLabel = (u: string): string => FIGURE_UNIT_NOTES[u as FigureUnit]?.label ?? u;

/**
 * One event as a line: its summary (`Territory change by the army in Karsa`), what happened in a telling's words
 * (the gist), and `disputed, 1 source` (and the modality unless happened); an event no telling vouches for (it is
 * only named where a source declines to speak of it: "did not mention drone strikes") says so.
 */
export const eventLine = (
  e: PictureEvent,
  cite: Cite,
  gistOf: (e: PictureEvent) => string | null,
): TimelineLine => {
  const sources =
    e.sources === 0 ? 'no source vouches for it' : `${e.sources} ${e.sources === 1 ? 'source' : 'sources'}`;
  const modality = e.modality === 'happened' ? [] : [e.modality];
  return {
    text: e.summary,
    gist: gistOf(e),
    status: [e.status, ...modality, sources].join(', '),
    cites: cite(e.evidence),
  };
};

/** Groups by first-seen value of `key`, keeping the order of first appearance. */
const groupBy = <T>(items: readonly T[], key: (t: T) => string): readonly (readonly T[])[] => {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [t]);
    else g.push(t);
  }
  return [...groups.values()];
};

const byAsOf = (a: PictureFigure, b: PictureFigure): number =>
  (a.asOf ?? '\uffff').localeCompare(b.asOf ?? '\uffff');

/** Series of counts of anything ("other") come after the named measures (killed, displaced, control…). */
const namedFirst = (a: readonly PictureFigure[], b: readonly PictureFigure[]): number =>
  Number(a[0]!.measure === 'other') - Number(b[0]!.measure === 'other');

/**
 * One table per series, in order of first appearance with the named measures first; rows oldest first, a
 * figure told alike twice one row (`mergeFigureRows`); headings name measure, what and place.
 */
export const buildFigureTables = (
  p: Picture,
  s: PictureStory,
  name: EntityName,
  cite: Cite,
): readonly FigureTable[] => {
  const seen = new Set<string>();
  return [...groupBy(s.figures, (f) => f.seriesKey)].sort(namedFirst).map((series) => {
    const first = series[0]!;
    // territory series gather figures whatever they count ("areas", "parts of the city")
    // a series of several nouns of one class ("women", "civilians") is headed by the class ("people")
    // a noun that restates the measure ("dead", "troops") is left out
    const nouns = new Set(series.map((f) => f.what));
    const noun = nouns.size > 1 ? first.seriesKey.split('|')[1] : first.what;
    const restates = noun != null && MEASURE_RESTATING_NOUNS[first.measure]?.includes(noun.toLowerCase());
    const what = noun == null || noun === '-' || restates || TERRITORY.has(first.measure) ? '' : ` — ${noun}`;
    const place = first.placeId === null ? '' : ` in ${name(first.placeId)}`;
    let heading = `${measureLabel(first.measure)}${what}${place}`;
    // Two series under one heading ("Other" counts, "Other" dollars): the unit, then a number, tells them apart.
    if (seen.has(heading)) heading = `${heading} (${unitLabel(first.unit)})`;
    for (let n = 2; seen.has(heading); n += 1) heading = `${heading.replace(/ #\d+$/, '')} #${n}`;
    seen.add(heading);
    const rows = mergeFigureRows(
      [...series].sort(byAsOf).map((f) => ({
        value: formatFigureValue(f),
        claimant: whoSays(p, f, name) ?? ownVoice(p, f),
        asOf: f.asOf ?? '—',
        window: formatWindow(f.window),
        cites: cite(f.evidence),
      })),
    );
    return { heading, seriesKey: first.seriesKey, rows };
  });
};

const claimText = (p: Picture, c: PictureClaim): string =>
  quoteOf(p.documents.find((d) => d.id === c.documentId)?.text, c.content) ?? '';

/**
 * A conflict's note; one about figures is told again from its figures with their source keys, values as the
 * tables print them (the picture's note names measures and values as data, "share_controlled: ≤0.5", and each
 * undated report alike, "undated report"): a discrepancy by `discrepancyNote`, an evolution or contradiction by
 * `changeNote`. A note whose items are not all figures of the story stays the picture's.
 */
const conflictNote = (p: Picture, s: PictureStory, x: PictureConflict): string => {
  if (x.kind === 'denial') return x.note;
  const figures = x.itemIds.flatMap((id) => s.figures.filter((f) => f.id === id));
  const first = figures[0];
  if (first === undefined || figures.length < x.itemIds.length) return x.note;
  const measure = measureLabel(first.measure);
  return x.kind === 'discrepancy'
    ? discrepancyNote(p, measure, figures, formatFigureValue)
    : changeNote(p, x.kind, measure, figures, formatFigureValue);
};

/**
 * Each conflict with its items described: a figure by value, who says it, its source key and date ("S2,
 * undated"); a claim by quote; an event by summary and gist.
 */
export const buildConflictViews = (
  p: Picture,
  s: PictureStory,
  name: EntityName,
  cite: Cite,
): readonly ConflictView[] => {
  const gistOf = storyEventGist(p, s);
  return s.conflicts.map((x) => ({
    kind: CONFLICT_KIND_NOTES[x.kind]?.label ?? x.kind,
    about: x.about,
    note: conflictNote(p, s, x),
    items: x.itemIds.map((id) => {
      const f = s.figures.find((r) => r.id === id);
      if (f !== undefined) {
        const who = whoSays(p, f, name) ?? ownVoice(p, f);
        const text = `${measureLabel(f.measure)}: ${formatFigureValue(f)} (${who}, ${figureSource(p, f)})`;
        return { text, cites: cite(f.evidence) };
      }
      const c = s.claims.find((r) => r.id === id);
      if (c !== undefined) {
        const text = `${whoSays(p, c, name) ?? UNATTRIBUTED} (${stanceLabel(c.stance)}): “${claimText(p, c)}”`;
        return { text, cites: cite([c.content]) };
      }
      const e = s.events.find((r) => r.id === id);
      if (e === undefined) return { text: id, cites: [] };
      const line = eventLine(e, cite, gistOf);
      return { text: line.gist === null ? line.text : `${line.text}: “${line.gist}”`, cites: line.cites };
    }),
  }));
};

/**
 * Groups that read the same (letter case and a leading article aside, see `claimantKey`) as one, under the
 * first one's name and in its place, their claims in the story's order: a source named by words only
 * ("Izvestia", "the police") joins the entity of that name, and two entities of one name are one group.
 */
const foldSameName = (
  groups: readonly (readonly [string, readonly PictureClaim[]])[],
  order: readonly PictureClaim[],
): (readonly [string, readonly PictureClaim[]])[] => {
  const byKey = new Map<string, [string, Set<PictureClaim>]>();
  for (const [who, claims] of groups) {
    const key = claimantKey(who);
    const had = byKey.get(key);
    if (had === undefined) byKey.set(key, [who, new Set(claims)]);
    else for (const c of claims) had[1].add(c);
  }
  return [...byKey.values()].map(([who, claims]) => [who, order.filter((c) => claims.has(c))] as const);
};

/**
 * Claims grouped by claimant in order of first appearance (a claim made jointly is listed under each of its
 * claimants), then by the words of sources no entity stands for ("a Russian military spokesman"; words that
 * name one of the story's entities, "the LAPD", go under that entity: `claimantEntityName`); claims with
 * no named source last; groups of one name are one (foldSameName); headings open with a capital. A claim
 * read in several reports (a wire copy, one quotation printed twice) is one line (see `mergeClaimLines`).
 */
export const buildClaimantViews = (
  p: Picture,
  s: PictureStory,
  name: EntityName,
  cite: Cite,
): readonly ClaimantView[] => {
  const byClaimant = new Map<string, PictureClaim[]>();
  const byWords = new Map<string, PictureClaim[]>();
  for (const c of s.claims) {
    for (const id of c.claimantId === null ? [] : [c.claimantId, ...c.coClaimantIds])
      byClaimant.set(id, [...(byClaimant.get(id) ?? []), c]);
    const words = c.claimantId === null ? sourceWords(p, c) : null;
    if (words !== null) byWords.set(words, [...(byWords.get(words) ?? []), c]);
  }
  const unattributed = s.claims.filter((c) => c.claimantId === null && sourceWords(p, c) === null);
  const entityOf = claimantEntityName(s.entities);
  const groups = foldSameName(
    [
      ...[...byClaimant].map(([id, claims]) => [name(id) ?? id, claims] as const),
      ...[...byWords].map(([words, claims]) => [entityOf(words) ?? words, claims] as const),
      ...(unattributed.length ? [[UNATTRIBUTED, unattributed] as const] : []),
    ],
    s.claims,
  );
  return groups.map(([who, claims]) => ({
    name: claimantHeading(who),
    claims: mergeClaimLines(
      claims.map((c) => ({
        stance: stanceLabel(c.stance),
        cue: cueLabel(c.cue),
        quote: claimText(p, c),
        cites: cite([c.content]),
      })),
    ),
  }));
};
