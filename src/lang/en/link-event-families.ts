/**
 * Event heads that name one happening in different words, so reports telling one event meet even when their
 * wording differs ("was killed" / "the death"; "arrested" / "apprehended" / "nabbed"). Each family is keyed by
 * its first member; members are Porter stems of lemmas (porter-stem.ts). A head not listed is its own family.
 * WordNet-style near-synonyms and nominalisations of common news events; lower case.
 */
export const LINK_EVENT_FAMILIES: readonly (readonly string[])[] = [
  ['die', 'death', 'dead', 'kill', 'slai', 'slay', 'fatal', 'perish'],
  ['arrest', 'apprehend', 'captur', 'nab', 'detain', 'detent', 'custodi', 'seiz'],
  ['shoot', 'shot', 'gunfir', 'fire'],
  ['hit', 'strike', 'struck'],
  ['foil', 'thwart', 'prevent', 'repel', 'repuls', 'interdict'],
  ['attack', 'assault', 'raid', 'storm'],
  ['piraci', 'pirat', 'hijack'],
  ['quak', 'earthquak', 'tremor', 'temblor'],
  ['injur', 'wound', 'hurt'],
  ['sack', 'dismiss', 'oust'],
  ['buy', 'acquir', 'acquisit', 'purchas'],
  ['win', 'won', 'victori'],
  ['elect', 'vote'],
  ['resign', 'quit', 'step'],
];
