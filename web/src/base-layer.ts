import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { unwrapGeometry } from './unwrap-rings.js';

let countries: Promise<GeoJSON.FeatureCollection> | null = null;

/** Natural Earth country shapes (world-atlas, 1:50m), bundled with the page: the map needs no tile server. */
const loadCountries = (): Promise<GeoJSON.FeatureCollection> => {
  countries ??= fetch(countriesUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection)
    .then((fc) => ({
      ...fc,
      features: fc.features.map((f) => ({ ...f, geometry: unwrapGeometry(f.geometry) })),
    }));
  return countries;
};

export const addBaseLayer = async (map: L.Map): Promise<void> => {
  const shapes = await loadCountries();
  L.geoJSON(shapes, {
    interactive: false,
    style: { color: '#9aa5b1', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
  }).addTo(map);
};
