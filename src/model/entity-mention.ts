import type { Evidence } from './evidence.js';
import type { MentionId } from './ids.js';
import type { Span } from './span.js';

export type EntityType = 'person' | 'organization' | 'group' | 'place' | 'other';

/** A name (or descriptive reference such as "the monitor") for an entity, inside one document. */
export interface EntityMention {
  readonly id: MentionId;
  readonly span: Span;
  readonly type: EntityType;
  /**
   * The key under which mentions of the same entity meet, within and across documents
   * (e.g. "syrian observatory for human rights" for "the Britain-based Observatory" and "SOHR").
   */
  readonly key: string;
  /** The best display name known for the entity in this document (derived from a span of this document). */
  readonly name: string;
  /** True for descriptive and pronominal references ("the monitor", "it") resolved to an antecedent. */
  readonly anaphoric: boolean;
  readonly evidence: Evidence;
}
