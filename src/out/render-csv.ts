import { EVENT_TAXONOMY } from '../model/event-taxonomy.js';
import type { EventType } from '../model/event-type.js';
import type { GeoPrecision } from '../model/geo.js';
import type { Picture, PictureEvent, PictureFigure, PictureStory } from '../model/picture.js';
import { documentLabel, plainDocumentLabel } from './document-label.js';

/** ACLED-like columns, in order (one row per event of every story). */
export const CSV_COLUMNS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities_low',
  'fatalities_high',
] as const;

/** ACLED's geo_precision: 1 the place itself, 2 a part of a region near it, 3 only the region or country. */
const ACLED_GEO_PRECISION: { readonly [P in GeoPrecision]: number } = {
  point: 1,
  district: 1,
  city: 1,
  region: 2,
  country: 3,
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting; text cells that a spreadsheet would run as a formula are prefixed with `'`. */
const cell = (value: string | number | null): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const typeInfo = (type: string) => EVENT_TAXONOMY[type as EventType] ?? null;

/** Lowest lower bound and highest upper bound over the event's `killed` figures; nulls when it has none. */
const fatalities = (
  e: PictureEvent,
  figures: ReadonlyMap<string, PictureFigure>,
): [number | null, number | null] => {
  const killed = e.figureIds.map((id) => figures.get(id)).filter((f) => f?.measure === 'killed');
  const lows = killed.map((f) => f?.low ?? f?.value ?? null).filter((n) => n !== null);
  const highs = killed.map((f) => f?.high ?? f?.value ?? null).filter((n) => n !== null);
  return [lows.length > 0 ? Math.min(...lows) : null, highs.length > 0 ? Math.max(...highs) : null];
};

const storyRows = (p: Picture, s: PictureStory): string[][] => {
  const entities = new Map(s.entities.map((e) => [e.id, e]));
  const figures = new Map(s.figures.map((f) => [f.id, f]));
  const documents = new Map(p.documents.map((d) => [d.id, d]));
  const name = (id: string | undefined): string | null =>
    id === undefined ? null : (entities.get(id)?.name ?? null);
  return s.events.map((e) => {
    const info = typeInfo(e.type);
    const place = e.placeId === null ? undefined : entities.get(e.placeId);
    const sources = [
      ...new Set(
        e.evidence.map((c) => {
          const d = documents.get(c.documentId);
          return d === undefined ? c.documentId : (d.outlet ?? plainDocumentLabel(documentLabel(d)));
        }),
      ),
    ];
    const [low, high] = fatalities(e, figures);
    return [
      cell(e.date?.start ?? null),
      cell(info?.acled?.eventType ?? 'Other'),
      cell(info?.acled?.subEventType ?? info?.label ?? e.type),
      cell(name(e.actorIds[0])),
      cell(name(e.targetIds[0] ?? e.actorIds[1])),
      cell(place?.name ?? null),
      cell(place?.geo?.lat ?? null),
      cell(place?.geo?.lon ?? null),
      cell(place?.geo ? ACLED_GEO_PRECISION[place.geo.precision] : null),
      cell(sources.join('; ')),
      cell(e.summary),
      cell(low),
      cell(high),
    ];
  });
};

/** The events of every story of the picture as CSV (header line first, CRLF line ends as RFC 4180 says). */
export const renderCsv = (p: Picture): string =>
  [CSV_COLUMNS.join(','), ...p.stories.flatMap((s) => storyRows(p, s).map((r) => r.join(',')))]
    .map((line) => `${line}\r\n`)
    .join('');
