import type { IsoDate } from '../../model/date.js';
import type { PictureControl, PictureEntity, PictureEvent, PictureFigure } from '../../model/picture.js';
import { buildControl, isControlChange } from '../control/build-control.js';
import { type ConfirmedSpan, confirmationsIn, confirmersIn } from '../control/confirmed-spans.js';
import type { EventChange } from './event-list.js';
import { insertSorted, removeSorted } from './sorted-array.js';

const same = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const byNumber = (a: number, b: number): number => a - b;

/**
 * A story's control (buildControl), over only what control reads: its territory changes (kept as the sorted
 * positions of the events that are ones, updated from the events that changed), its control figures
 * (isControlFigure, in figure order), their places, and the confirmed spans of the reports the changes are told
 * in (`confirmedIn`, confirmed-docs.ts). Kept while those are the same objects (the incremental picture keeps an
 * unchanged event, figure or entity as the same object, and a report's confirmed spans while they say the same).
 */
export const controlView = (
  prefix: string,
  publishedOf: (documentId: string) => IsoDate | null,
  confirmedIn: (documentId: string) => readonly ConfirmedSpan[],
) => {
  const at: number[] = [];
  let last: {
    readonly events: readonly PictureEvent[];
    readonly figures: readonly PictureFigure[];
    readonly places: readonly PictureEntity[];
    readonly confirmed: readonly (readonly ConfirmedSpan[])[];
    readonly control: PictureControl[];
  } | null = null;
  return (
    { events, before, changed }: EventChange,
    held: readonly PictureFigure[],
    entity: (id: string) => PictureEntity | undefined,
  ): PictureControl[] => {
    for (const i of changed) {
      const was = i < before.length && isControlChange(before.at(i)!);
      const is = i < events.length && isControlChange(events.at(i)!);
      if (was && !is) removeSorted(at, i, byNumber);
      else if (is && !was) insertSorted(at, i, byNumber);
    }
    const changes = at.map((i) => events.at(i)!);
    const places = [...new Set([...changes, ...held].map((x) => x.placeId!))].flatMap(
      (id) => entity(id) ?? [],
    );
    const confirmed = changes.flatMap((e) => e.evidence.map((v) => confirmedIn(v.documentId)));
    if (
      last &&
      same(last.events, changes) &&
      same(last.figures, held) &&
      same(last.places, places) &&
      same(last.confirmed, confirmed)
    )
      return last.control;
    const control = buildControl({
      prefix,
      events: changes,
      entities: places,
      figures: held,
      publishedOf,
      confirmersOf: (v) => confirmersIn(confirmedIn(v.documentId), v),
      confirmationsOf: (v) => confirmationsIn(confirmedIn(v.documentId), v),
    });
    last = { events: changes, figures: held, places, confirmed, control };
    return control;
  };
};
