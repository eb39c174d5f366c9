import type { OrgKind } from '../../lang/en/entities-lexicon.js';
import type { EntityType } from '../../model/entity-mention.js';
import type { NerType } from '../../ner/ner-labels.js';

/** How a fresh (not yet known) name is typed, and why. */
export interface RunClass {
  readonly type: EntityType;
  readonly rule: string;
  readonly confidence: number;
  readonly kind: OrgKind | null;
  /** Tokens past the run that belong to the name ("airport" in "Aleppo airport", "forces" in "Kurdish forces"). */
  readonly extendTo: number;
}

/** What is known around a run before it is typed. */
export interface RunContext {
  /** A person title right before it ("President"). */
  readonly titled: boolean;
  /** A place cue right before it ("the district of"). */
  readonly placeCueBefore: boolean;
  /** It opens a sentence, or is a lone word also seen in lower case. */
  readonly sentenceFirst: boolean;
  /** A one-word run also written in lower case in the document ("heart" beside "Heart"). */
  readonly writtenLower?: boolean;
  /** The tagger's type for it in this document, or null (no tagger, or a repaired run). */
  readonly tagged: NerType | null;
  /** What the whole document says of this name (name-evidence.ts); absent: nothing. */
  readonly cues?: {
    /** A person cue: a title, the surname of a fuller person name, ", who". */
    readonly person: boolean;
    /** A place cue before some mention. */
    readonly place: boolean;
    /** A locative preposition before some mention ("in X"). */
    readonly locative: boolean;
    /** A cue that makes it a body (", which", "X members"). */
    readonly body: 'organization' | 'group' | null;
    /** The body cue is a company noun ("X shares", "the firm X"), which no town has. */
    readonly company?: boolean;
    /** The type an apposition gives it ("X, a pro-Kremlin daily,"), or null. */
    readonly apposed?: 'person' | 'organization' | 'place' | null;
  };
}
