import { ENTITY_LEXICON } from '../../lang/en/entities-lexicon.js';
import { OUTLET_TAGS } from '../../lang/en/ingest-outlet-tags.js';
import { NEWS_OUTLETS } from '../../lang/en/news-outlets.js';

/** The key a name is compared by: lower case, spaces collapsed, a leading "the " dropped. */
const outletKey = (name: string): string =>
  name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');

/** Every outlet name sitrep knows: NEWS_OUTLETS, the dateline tags and their outlets, lexicon agencies. */
const OUTLETS = new Set(
  [
    ...NEWS_OUTLETS,
    ...Object.keys(OUTLET_TAGS),
    ...Object.values(OUTLET_TAGS),
    ...ENTITY_LEXICON.filter((e) => e.kind === 'news-agency' || e.kind === 'state-media').map(
      (e) => e.phrase,
    ),
  ].map(outletKey),
);

/** True when the name is a news outlet's (a wire agency, broadcaster, newspaper or news site): "BBC", "The Guardian". */
export const isNewsOutlet = (name: string): boolean => OUTLETS.has(outletKey(name));
