import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import type { PictureStory } from './api.js';
import { addBaseLayer } from './base-layer.js';
import { el, section } from './dom.js';
import { eventColour } from './event-colours.js';
import { openCitation } from './report-viewer.js';
import type { StoryContext } from './story-context.js';

type Entity = PictureStory['entities'][number];
type Located = Entity & { readonly geo: NonNullable<Entity['geo']> };

/** How far a place may lie from its point, by gazetteer precision: a place is drawn as big as it is vague. */
const RADIUS_M: Readonly<Record<string, number>> = {
  point: 300,
  district: 1500,
  city: 6000,
  region: 60000,
  country: 250000,
};

/** Vague places are drawn faint, so that a country does not grey out the towns inside it. */
const FILL: Readonly<Record<string, number>> = {
  point: 0.15,
  district: 0.15,
  city: 0.1,
  region: 0.03,
  country: 0,
};

type Period = PictureStory['control'][number]['periods'][number];

/** The period of control in force at each place on `date` (the picture's control of places over time). */
const controlAt = (story: PictureStory, date: string): Map<string, Period> => {
  const held = new Map<string, Period>();
  for (const c of story.control) {
    const now = c.periods.find(
      (p) => p.from !== null && p.from <= date && (p.until === null || p.until > date),
    );
    if (now !== undefined) held.set(c.placeId, now);
  }
  return held;
};

const heldBy = (p: Period, name: (id: string) => string): string =>
  `${p.extent === 'whole' ? 'held by' : 'advance by'} ${p.holderIds.map(name).join(', ')} since ${p.from} (${p.status})`;

/**
 * What the reader set on a story's map (the slider's date, the view), kept across redraws so that a live
 * update does not throw them back to the latest date and the default frame. `date` null: follow the latest.
 */
interface MapState {
  date: string | null;
  view: { readonly center: L.LatLng; readonly zoom: number } | null;
}
const remembered = new Map<string, MapState>();

/** The slider position for a remembered date: the last date not after it (the latest when following). */
const positionOf = (dates: readonly string[], date: string | null): number => {
  if (date === null) return Math.max(0, dates.length - 1);
  const i = dates.findLastIndex((d) => d <= date);
  return Math.max(0, i);
};

const tooltip = (...lines: string[]): HTMLElement => {
  const [first = '', ...rest] = lines.filter((l) => l !== '');
  return el(
    'div',
    {},
    el('strong', {}, first),
    ...rest.flatMap((l): (string | HTMLElement)[] => [el('br'), l]),
  );
};

export const mapPanel = (ctx: StoryContext): HTMLElement => {
  const places = ctx.story.entities.filter((e): e is Located => e.geo !== null);
  const located = new Map(places.map((p) => [p.id, p]));
  const events = ctx.story.events.filter((e) => e.placeId !== null && located.has(e.placeId));
  const dates = [...new Set(events.flatMap((e) => (e.date ? [e.date.start] : [])))].sort();
  const container = el('div', { className: 'map', attrs: { id: 'map' } });
  const state = remembered.get(ctx.story.id) ?? { date: null, view: null };
  remembered.set(ctx.story.id, state);
  const slider = el('input', {
    className: 'date-slider',
    attrs: {
      type: 'range',
      min: '0',
      max: String(Math.max(0, dates.length - 1)),
      value: String(positionOf(dates, state.date)),
      'aria-label': 'date',
    },
  });
  const label = el('output', { className: 'slider-date' });
  const panel = section(
    'Map',
    'map-panel',
    container,
    el('div', { className: 'slider-row' }, el('label', {}, 'Up to ', label), slider),
  );
  const map = L.map(container, { zoomSnap: 0.5, attributionControl: true, worldCopyJump: true });
  map.attributionControl.setPrefix(false).addAttribution('Country shapes: Natural Earth');
  map.setView([20, 20], 2);
  void addBaseLayer(map).then(() => placeLayer.bringToFront() && eventLayer.bringToFront());
  const placeLayer = L.featureGroup().addTo(map);
  const eventLayer = L.featureGroup().addTo(map);

  const draw = () => {
    const date = dates[Number(slider.value)] ?? '9999-12-31';
    label.value = dates.length === 0 ? 'all dates' : date;
    container.dataset.date = date;
    const control = controlAt(ctx.story, date);
    placeLayer.clearLayers();
    eventLayer.clearLayers();
    for (const p of places) {
      const holder = control.get(p.id);
      const fillOpacity = FILL[p.geo.precision] ?? 0.1;
      const style = {
        className: 'sitrep-place',
        color: holder ? '#333' : '#6b7785',
        weight: holder ? 2 : 1,
        fillOpacity,
      };
      const shape =
        p.geo.precision === 'city' || p.geo.precision === 'district' || p.geo.precision === 'point'
          ? L.circle([p.geo.lat, p.geo.lon], { ...style, radius: RADIUS_M[p.geo.precision]! })
          : L.circle([p.geo.lat, p.geo.lon], {
              ...style,
              radius: RADIUS_M[p.geo.precision] ?? 1000,
              dashArray: '4 4',
            });
      shape.bindTooltip(
        tooltip(p.name, `precision: ${p.geo.precision}`, holder ? heldBy(holder, ctx.name) : ''),
      );
      placeLayer.addLayer(shape);
    }
    const shown = events.filter((e) => e.date === null || e.date.start <= date);
    shown.forEach((e, i) => {
      const p = located.get(e.placeId!)!;
      // events at one place fan out a little so that each stays clickable
      const angle = i * 2.39996;
      const offset = 0.004 * Math.sqrt(i % 24);
      const marker = L.circleMarker(
        [p.geo.lat + offset * Math.sin(angle), p.geo.lon + offset * Math.cos(angle)],
        {
          className: `sitrep-event event-${e.type}`,
          radius: 6,
          color: '#222',
          weight: 1,
          fillColor: eventColour(e.type),
          fillOpacity: e.date?.start === date ? 1 : 0.55,
        },
      );
      marker.bindTooltip(
        tooltip(
          ctx.typeLabel(e.type),
          e.summary,
          e.date ? `${e.date.start} – ${e.date.end}` : 'undated',
          e.status,
        ),
      );
      const first = e.evidence[0];
      if (first) marker.on('click', () => void openCitation(first));
      eventLayer.addLayer(marker);
    });
    container.dataset.events = String(shown.length);
  };
  slider.addEventListener('input', () => {
    const i = Number(slider.value);
    state.date = i >= dates.length - 1 ? null : (dates[i] ?? null);
    draw();
  });
  draw();
  // Frame where the events are (towns and districts first), not every country the reports mention.
  const fine = new Set(['point', 'district', 'city']);
  const eventPlaces = [...new Set(events.map((e) => located.get(e.placeId!)!))];
  const focusOn =
    [eventPlaces.filter((p) => fine.has(p.geo.precision)), eventPlaces, places].find((l) => l.length > 0) ??
    [];
  requestAnimationFrame(() => {
    map.invalidateSize();
    map.on('moveend', () => {
      state.view = { center: map.getCenter(), zoom: map.getZoom() };
    });
    if (state.view !== null) {
      map.setView(state.view.center, state.view.zoom, { animate: false });
      return;
    }
    const focus = L.latLngBounds(focusOn.map((p) => [p.geo.lat, p.geo.lon]));
    if (focus.isValid()) map.fitBounds(focus.pad(0.3), { maxZoom: 12 });
  });
  return panel;
};
