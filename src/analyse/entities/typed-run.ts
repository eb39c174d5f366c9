import type { NerType } from '../../ner/ner-labels.js';

/** What the tagger found, before the entity rules: a typed run (type null when a repair made it unsure). */
export type Typed = { first: number; last: number; type: NerType | null };
