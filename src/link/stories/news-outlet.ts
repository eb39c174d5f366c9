import { ENTITY_LEXICON } from '../../lang/en/entities-lexicon.js';
import { OUTLET_TAGS } from '../../lang/en/ingest-outlet-tags.js';
import { NEWS_OUTLETS } from '../../lang/en/news-outlets.js';

/** The key a name is compared by: lower case, spaces collapsed, a leading "the " dropped. */
const outletKey = (name: string): string =>
  name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');

/** Lexicon kinds that are news outlets. */
const OUTLET_KINDS: ReadonlySet<string> = new Set(['news-agency', 'state-media', 'broadcaster']);

/** Every outlet name sitrep knows: NEWS_OUTLETS, the dateline tags and their outlets, the lexicon's agencies, state media and broadcasters. */
const OUTLETS = new Set(
  [
    ...NEWS_OUTLETS,
    ...Object.keys(OUTLET_TAGS),
    ...Object.values(OUTLET_TAGS),
    ...ENTITY_LEXICON.filter((e) => e.kind !== undefined && OUTLET_KINDS.has(e.kind)).map((e) => e.phrase),
  ].map(outletKey),
);

/** True when the name is a news outlet's (a wire agency, broadcaster, newspaper or news site): "BBC", "The Guardian". */
export const isNewsOutlet = (name: string): boolean => OUTLETS.has(outletKey(name));
