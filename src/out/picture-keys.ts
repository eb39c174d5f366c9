/**
 * The key order of every Picture record, as declared in src/model/picture.ts. `keyOrder<T>()` only accepts a
 * list naming every key of T, so a field added to the model without a place here does not compile.
 */
import type {
  BriefingSentence,
  Citation,
  ControlPeriod,
  EventEvidence,
  Picture,
  PictureClaim,
  PictureConflict,
  PictureControl,
  PictureDocument,
  PictureEntity,
  PictureEvent,
  PictureFigure,
  PictureStory,
  TimelineEntry,
} from '../model/picture.js';

type Missing<T, K extends readonly PropertyKey[]> = Exclude<keyof T, K[number]>;

const keyOrder =
  <T>() =>
  <const K extends readonly (keyof T & string)[]>(
    keys: K & ([Missing<T, K>] extends [never] ? unknown : { missing: Missing<T, K> }),
  ): readonly string[] =>
    keys;

type NonNull<T> = Exclude<T, null>;

export const PICTURE_KEYS = {
  picture: keyOrder<Picture>()(['sitrep', 'documents', 'stories']),
  document: keyOrder<PictureDocument>()([
    'id',
    'path',
    'title',
    'outlet',
    'url',
    'published',
    'publishedInferred',
    'duplicateOf',
    'text',
  ]),
  story: keyOrder<PictureStory>()([
    'id',
    'title',
    'documentIds',
    'entities',
    'events',
    'figures',
    'claims',
    'conflicts',
    'timeline',
    'control',
    'briefing',
  ]),
  citation: keyOrder<Citation>()(['documentId', 'start', 'end']),
  entity: keyOrder<PictureEntity>()(['id', 'name', 'type', 'aliases', 'mentions', 'geo']),
  entityGeo: keyOrder<NonNull<PictureEntity['geo']>>()(['lat', 'lon', 'precision', 'gazetteerId']),
  event: keyOrder<PictureEvent>()([
    'id',
    'type',
    'summary',
    'date',
    'placeId',
    'actorIds',
    'targetIds',
    'figureIds',
    'evidence',
    'status',
    'modality',
    'sources',
    'extent',
  ]),
  eventDate: keyOrder<NonNull<PictureEvent['date']>>()(['start', 'end', 'precision']),
  eventEvidence: keyOrder<EventEvidence>()([
    'documentId',
    'start',
    'end',
    'claimantId',
    'stance',
    'triggerStart',
    'triggerEnd',
    'producer',
  ]),
  figure: keyOrder<PictureFigure>()([
    'id',
    'measure',
    'what',
    'value',
    'low',
    'high',
    'unit',
    'approximate',
    'asOf',
    'window',
    'placeId',
    'claimantId',
    'coClaimantIds',
    'claimantSpan',
    'evidence',
    'seriesKey',
  ]),
  figureWindow: keyOrder<NonNull<PictureFigure['window']>>()(['start', 'end']),
  claim: keyOrder<PictureClaim>()([
    'id',
    'claimantId',
    'coClaimantIds',
    'claimantSpan',
    'cue',
    'stance',
    'documentId',
    'content',
  ]),
  conflict: keyOrder<PictureConflict>()(['id', 'kind', 'about', 'itemIds', 'note']),
  timelineEntry: keyOrder<TimelineEntry>()(['date', 'eventIds']),
  control: keyOrder<PictureControl>()(['id', 'placeId', 'periods', 'figureIds']),
  controlPeriod: keyOrder<ControlPeriod>()([
    'holderIds',
    'from',
    'dateBasis',
    'until',
    'extent',
    'status',
    'eventIds',
    'claimantIds',
    'confirmations',
  ]),
  briefingSentence: keyOrder<BriefingSentence>()(['text', 'citations']),
} as const;

export type PictureRecordName = keyof typeof PICTURE_KEYS;
