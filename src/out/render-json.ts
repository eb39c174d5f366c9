import type { Picture } from '../model/picture.js';
import { PICTURE_KEYS, type PictureRecordName } from './picture-keys.js';

/** Which field of a record holds which nested record (or array of them). */
const CHILDREN: { readonly [K in PictureRecordName]?: Readonly<Record<string, PictureRecordName>> } = {
  picture: { documents: 'document', stories: 'story' },
  story: {
    entities: 'entity',
    events: 'event',
    figures: 'figure',
    claims: 'claim',
    conflicts: 'conflict',
    timeline: 'timelineEntry',
    control: 'control',
    briefing: 'briefingSentence',
  },
  entity: { mentions: 'citation', geo: 'entityGeo' },
  event: { date: 'eventDate', evidence: 'eventEvidence' },
  figure: { window: 'figureWindow', claimantSpan: 'citation', evidence: 'citation' },
  claim: { claimantSpan: 'citation', content: 'citation' },
  control: { periods: 'controlPeriod' },
  briefingSentence: { citations: 'citation' },
  controlPeriod: { confirmations: 'citation' },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value rebuilt with the type's key order; extra fields follow in alphabetical order. */
const ordered = (value: unknown, kind: PictureRecordName): unknown => {
  if (Array.isArray(value)) return value.map((v) => ordered(v, kind));
  if (!isRecord(value)) return value;
  const known = PICTURE_KEYS[kind];
  const extra = Object.keys(value)
    .filter((k) => !known.includes(k))
    .sort();
  const children = CHILDREN[kind] ?? {};
  const out: Record<string, unknown> = {};
  for (const key of [...known, ...extra]) {
    if (!(key in value)) continue;
    const child = children[key];
    out[key] = child === undefined ? value[key] : ordered(value[key], child);
  }
  return out;
};

/** The picture as JSON: 2-space indent, keys in the order of src/model/picture.ts, trailing newline. */
export const renderJson = (p: Picture): string => `${JSON.stringify(ordered(p, 'picture'), null, 2)}\n`;
