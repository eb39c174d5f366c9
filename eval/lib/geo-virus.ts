/**
 * GeoVirus (Gritta et al. 2018; WikiNews articles, CC BY 2.5) from the geoparsing bundle: `<article>` with a
 * `<text>` and `<location>`s whose `<start>`/`<end>` count from 1 and whose `<lat>`/`<lon>` are the linked
 * Wikipedia article's. Used whole as a second check on the resolver, beside the dev half of the other corpora;
 * Wikipedia puts some countries and regions elsewhere than GeoNames does, so its accuracy is lower and has no bar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, type GeoDoc, gritta, tag } from './geo-corpora.js';

/** The GeoVirus articles; locations without offsets or outside the text are left out. */
export const readGeoVirus = (): GeoDoc[] => {
  const xml = readFileSync(join(gritta(), 'Corpora', 'GeoVirus.xml'), 'utf8');
  return [...xml.matchAll(/<article>([\s\S]*?)<\/article>/g)].map(([, body], k) => {
    const text = decode(tag(body!, 'text') ?? '');
    const toponyms = [...body!.matchAll(/<location>([\s\S]*?)<\/location>/g)].flatMap(([, t]) => {
      const start = Number(tag(t!, 'start') || Number.NaN) - 1;
      const end = Number(tag(t!, 'end') || Number.NaN) - 1;
      if (!(start >= 0 && start < end && end <= text.length)) return [];
      return [
        {
          start,
          end,
          lat: Number(tag(t!, 'lat')),
          lon: Number(tag(t!, 'lon')),
          type: null,
          featureCode: null,
        },
      ];
    });
    return { id: `geovirus-${k}`, text, toponyms };
  });
};
