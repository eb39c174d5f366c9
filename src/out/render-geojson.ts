import { EVENT_TAXONOMY } from '../model/event-taxonomy.js';
import type { EventType } from '../model/event-type.js';
import type { Picture, PictureEntity, PictureStory } from '../model/picture.js';

export interface GeoJsonFeature {
  readonly type: 'Feature';
  readonly id: string;
  readonly geometry: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GeoJsonFeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly GeoJsonFeature[];
}

type Located = PictureEntity & { readonly geo: NonNullable<PictureEntity['geo']> };

const point = (e: Located) => ({ type: 'Point', coordinates: [e.geo.lon, e.geo.lat] }) as const;

const storyFeatures = (s: PictureStory): GeoJsonFeature[] => {
  const located = new Map(
    s.entities.filter((e): e is Located => e.geo !== null).map((e) => [e.id, e] as const),
  );
  const names = new Map(s.entities.map((e) => [e.id, e.name]));
  const controlOf = new Map(s.control.map((c) => [c.placeId, c]));
  const places: GeoJsonFeature[] = [...located.values()].map((e) => ({
    type: 'Feature',
    id: e.id,
    geometry: point(e),
    properties: {
      kind: 'place',
      storyId: s.id,
      name: e.name,
      precision: e.geo.precision,
      gazetteerId: e.geo.gazetteerId,
      mentions: e.mentions.length,
      // who held the place over time (the picture's control periods), oldest first
      control: (controlOf.get(e.id)?.periods ?? []).map((p) => ({
        holders: p.holderIds.map((id) => names.get(id) ?? id),
        from: p.from,
        until: p.until,
        extent: p.extent,
        status: p.status,
      })),
    },
  }));
  const events: GeoJsonFeature[] = s.events.flatMap((ev) => {
    const place = ev.placeId === null ? undefined : located.get(ev.placeId);
    if (place === undefined) return [];
    return [
      {
        type: 'Feature',
        id: ev.id,
        geometry: point(place),
        properties: {
          kind: 'event',
          storyId: s.id,
          eventType: ev.type,
          label: EVENT_TAXONOMY[ev.type as EventType]?.label ?? ev.type,
          summary: ev.summary,
          dateStart: ev.date?.start ?? null,
          dateEnd: ev.date?.end ?? null,
          datePrecision: ev.date?.precision ?? null,
          status: ev.status,
          modality: ev.modality,
          sources: ev.sources,
          placeId: place.id,
          placeName: place.name,
          precision: place.geo.precision,
          actors: ev.actorIds.map((id) => names.get(id) ?? id),
          targets: ev.targetIds.map((id) => names.get(id) ?? id),
        },
      },
    ];
  });
  return [...places, ...events];
};

/** Places (entities with a position) and the events at them, as one GeoJSON FeatureCollection (RFC 7946). */
export const pictureGeoJson = (p: Picture): GeoJsonFeatureCollection => ({
  type: 'FeatureCollection',
  features: p.stories.flatMap(storyFeatures),
});

export const renderGeoJson = (p: Picture): string => `${JSON.stringify(pictureGeoJson(p), null, 2)}\n`;
