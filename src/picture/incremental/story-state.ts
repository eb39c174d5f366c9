import type { LinkedClaim } from '../../link/claims/build-claims.js';
import { storyTitle } from '../../link/stories/story-title.js';
import type { StoryDoc } from '../../link/story-doc.js';
import type { PictureClaim, PictureConflict, PictureStory } from '../../model/picture.js';
import { buildBriefing } from '../briefing/build-briefing.js';
import { claimAbout } from '../conflicts/claim-about.js';
import { denialConflicts } from '../conflicts/denial-conflicts.js';
import { briefingMarks } from './briefing-marks.js';
import { type ChunkedList, chunkedList, splicedList } from './chunked-list.js';
import { confirmedDocs } from './confirmed-docs.js';
import { conflictList } from './conflict-list.js';
import { controlView } from './control-view.js';
import { bySlotRank, type DocSlot } from './doc-slot.js';
import { entityState } from './entity-state.js';
import { eventList } from './event-list.js';
import { mostMentioned } from './most-mentioned.js';
import { storyParts } from './story-parts.js';
import { storySlots } from './story-slots.js';
import { type StoryView, storyView } from './story-view.js';
import { storyVoices } from './story-voices.js';
import { timelineView } from './timeline-view.js';

export type { StoryView } from './story-view.js';

/** One story of the picture, kept up to date as reports join it (see storyState). */
export interface StoryState {
  readonly id: string;
  /** The story's reports in report order. */
  readonly docs: readonly StoryDoc[];
  /** Adds reports (any report order; ones already in the story are ignored). */
  add(docs: readonly StoryDoc[]): void;
  /** The story as buildStory makes it, less the briefing. */
  view(): StoryView;
  /** The story as buildStory makes it; the briefing is recomputed (buildBriefing) on the first call after a change. */
  picture(): PictureStory;
}

/**
 * The picture of one story, updated in place as reports join it: the incremental form of buildStory, equal to it
 * for the same reports (incremental-picture.test.ts). Adding a report costs what it touches:
 * - entities: only its keys are merged again (entity-state.ts);
 * - claims and figures: buildClaims / buildFigures over the report alone (with the originals it copies);
 *   reports after it in report order only shift their positional ids;
 * - events: its tellings are merged (telling-merger.ts) after undoing those of the reports after it, which are
 *   merged again, since merging goes in report order;
 * - series conflicts: only the days its figures fall on, and the next ones (series-state.ts).
 * A report can move earlier mentions to another entity id (a key's dominant type changes, an alias starts or
 * stops matching): the reports whose claims, figures or events name those mentions take their parts again
 * (story-parts.ts relink); events are merged again from the first of them only when entities were regrouped
 * and events place or act through them (a renaming leaves every merge as it was); after a renaming their
 * parts only take the new ids (renamed-parts.ts). Timeline, control and title follow from the parts; the
 * briefing is recomputed by buildBriefing when asked for (picture()): its greedy selection weighs every sentence
 * of the story against every report, so one report can change any choice.
 * A view is a value: its lists are never changed once handed out. The long lists (the claims of a 10,000-report
 * story run to 170,000) are chunked lists (chunked-list.ts): a change copies the chunks from the first place it
 * changed and those changed in place, and shares the others with the last list; items that did not change stay
 * the same objects. A view makes each list an array when it is first read (story-view.ts), and numbers the
 * conflicts then (conflict-list.ts), so a story that takes reports faster than it is read pays neither.
 */
export const storyState = (id: string, initial: readonly StoryDoc[] = []): StoryState => {
  const prefix = `${id}/`;
  const story = storySlots();
  const { slots } = story;
  const entities = entityState(prefix);
  const { parts, figures, merger, dirtyEvents, denying, marks, place, retell, relink } = storyParts(
    prefix,
    story,
    entities,
  );
  /** The denial conflicts of the reports that have some, in report order, while none changed. */
  let denials: Omit<PictureConflict, 'id'>[] | null = [];
  const renamed = new Set<string>();
  const events = eventList(prefix, (x) => entities.nameOf(x) ?? x);
  const conflicts = conflictList(prefix);
  const timeline = timelineView();
  const confirmed = confirmedDocs((d) => {
    const slot = story.slot(d);
    return slot === undefined ? undefined : parts.get(slot)?.claims;
  });
  const control = controlView(prefix, (d) => story.slot(d)?.doc.report.published ?? null, confirmed);
  /** The reports in report order and their ids, last listed; from this rank on they changed since. */
  let docs = chunkedList<StoryDoc>();
  let documentIds = chunkedList<string>();
  let docsFrom = 0;
  const listDocs = (): ChunkedList<StoryDoc> => {
    if (docsFrom < slots.length) {
      const tail = slots.slice(docsFrom).map((s) => s.doc);
      documentIds = splicedList(
        documentIds,
        docsFrom,
        tail.map((d) => d.report.id),
      );
      docs = splicedList(docs, docsFrom, tail);
    }
    docsFrom = Number.POSITIVE_INFINITY;
    return docs;
  };
  let titled = false;
  const isTitled = (slot: DocSlot): boolean => (slot.doc.report.title ?? '').trim() !== '';
  /** The story's earliest titled report (storyTitle's), once any is. */
  const firstTitled = (): DocSlot | undefined => (titled ? slots.find(isTitled) : undefined);
  /** The claims last listed (they change from marks.changedFrom on). */
  let listedClaims = chunkedList<PictureClaim>();
  let version = 0;
  let viewed: { readonly version: number; readonly view: StoryView } | null = null;
  let briefed: { readonly version: number; readonly story: PictureStory } | null = null;

  const add = (incoming: readonly StoryDoc[]): void => {
    const inserted = story.insert(incoming);
    const { fresh } = inserted;
    if (fresh.length === 0) return;
    const { first } = inserted;
    const change = entities.add(fresh);
    for (const e of change.changed) renamed.add(e);
    const regroupFrom = relink(change.moved, change.renaming);
    place(first);
    retell(Math.min(first, regroupFrom));
    figures.renumbered(first);
    marks.changedFrom = Math.min(marks.changedFrom, first);
    titled ||= fresh.some(isTitled);
    docsFrom = Math.min(docsFrom, first);
    version += 1;
  };

  /** The claims: those of the reports from marks.changedFrom on, and those of the reports relinked in place. */
  const listClaims = (tell: (slot: DocSlot) => void): ChunkedList<PictureClaim> => {
    const from = Math.min(marks.changedFrom, slots.length);
    const tail: PictureClaim[] = [];
    for (let i = from; i < slots.length; i += 1) {
      const slot = slots[i]!;
      const p = parts.get(slot)!;
      for (const c of p.pictureClaims) tail.push(c);
      if (p.denials === null) tell(slot);
    }
    const inPlace = [...marks.changed].filter((slot) => slot.rank < from);
    marks.changed.clear();
    marks.changedFrom = Number.POSITIVE_INFINITY;
    if (from === slots.length && inPlace.length === 0) return listedClaims;
    const base = from < slots.length ? slots[from]!.claimBase : listedClaims.length;
    const claims = listedClaims.edit();
    claims.truncate(base);
    for (const c of tail) claims.push(c);
    for (const slot of inPlace) {
      const p = parts.get(slot)!;
      p.pictureClaims.forEach((c, k) => {
        claims.set(slot.claimBase + k, c);
      });
      if (p.denials === null) tell(slot);
    }
    listedClaims = claims.done();
    return listedClaims;
  };

  const view = (): StoryView => {
    if (viewed !== null && viewed.version === version) return viewed.view;
    const list = entities.index.entities;
    const voice = storyVoices(entities.nameOf, (d) => story.slot(d)?.doc.report ?? null);
    if (renamed.size > 0) {
      figures.touchClaimants(renamed);
      for (const slot of denying) {
        const p = parts.get(slot);
        if (p !== undefined && [...p.named].some((e) => renamed.has(e))) p.denials = null;
      }
      for (const i of events.naming(renamed)) dirtyEvents.add(i);
      renamed.clear();
    }
    figures.flush(voice.figure);
    const about = (c: LinkedClaim): string => claimAbout(c, entities.index);
    const tell = (slot: DocSlot): void => {
      const p = parts.get(slot)!;
      const had = denying.has(slot);
      p.denials = denialConflicts(p.claims, voice.claim, about);
      if (had || p.denials.length > 0) denials = null;
      if (p.denials.length === 0) denying.delete(slot);
      else {
        denying.add(slot);
        p.named = new Set(slot.doc.analysis.entities.flatMap((m) => entities.index.entityOf(m.id) ?? []));
      }
    };
    const claims = listClaims(tell);
    for (const slot of denying) if (parts.get(slot)!.denials === null) tell(slot);
    denials ??= [...denying].sort(bySlotRank).flatMap((slot) => parts.get(slot)!.denials ?? []);
    const change = events.update(merger.events, dirtyEvents);
    dirtyEvents.clear();
    listDocs();
    const title = titled ? storyTitle([firstTitled()!.doc], []) : storyTitle([], mostMentioned(list));
    const figs = figures.figures(slots);
    const listed = conflicts(
      figures.conflicts(),
      denials,
      figures.conflictsNaming(slots.slice(Math.min(marks.renumberedFrom, slots.length))),
    );
    const v = storyView(
      {
        id,
        title,
        entities: list,
        timeline: timeline(change),
        control: control(change, figures.controlFigures(), entities.entity),
      },
      { documentIds, events: change.events, figures: figs, claims, conflicts: listed },
    );
    marks.renumberedFrom = Number.POSITIVE_INFINITY;
    viewed = { version, view: v };
    return v;
  };

  const picture = (): PictureStory => {
    const v = view();
    if (briefed === null || briefed.version !== version) {
      const linked = slots.flatMap((s) => parts.get(s)!.claims);
      const briefing = buildBriefing(
        listDocs().items(),
        briefingMarks(v.figures, v.events, linked, v.conflicts),
      );
      briefed = { version, story: { ...v, briefing } };
    }
    return briefed.story;
  };

  add(initial);
  return {
    id,
    get docs() {
      return listDocs().items();
    },
    add,
    view,
    picture,
  };
};
