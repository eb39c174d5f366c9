import type { IsoDate } from '../../model/date.js';
import type { PictureControl, PictureEntity, PictureEvent, PictureFigure } from '../../model/picture.js';
import { buildControl, isControlChange } from '../control/build-control.js';

const same = <T>(a: readonly T[], b: readonly T[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A story's control (buildControl), over only what control reads: its territory changes, its control figures
 * (isControlFigure, in figure order) and their places. Kept while those are the same objects (the incremental
 * picture keeps an unchanged event, figure or entity as the same object).
 */
export const controlView = (prefix: string, publishedOf: (documentId: string) => IsoDate | null) => {
  let last: {
    readonly events: readonly PictureEvent[];
    readonly figures: readonly PictureFigure[];
    readonly places: readonly PictureEntity[];
    readonly control: PictureControl[];
  } | null = null;
  return (
    events: readonly PictureEvent[],
    held: readonly PictureFigure[],
    entity: (id: string) => PictureEntity | undefined,
  ): PictureControl[] => {
    const changes = events.filter(isControlChange);
    const places = [...new Set([...changes, ...held].map((x) => x.placeId!))].flatMap(
      (id) => entity(id) ?? [],
    );
    if (last && same(last.events, changes) && same(last.figures, held) && same(last.places, places))
      return last.control;
    const control = buildControl({ prefix, events: changes, entities: places, figures: held, publishedOf });
    last = { events: changes, figures: held, places, control };
    return control;
  };
};
