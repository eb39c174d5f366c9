import type { EventType } from '../../model/event-type.js';

/**
 * An event trigger. `phrases` are lower-case word sequences matched on word boundaries (any spacing).
 * `pos`: a verb trigger takes its actor from the clause subject (or "by X"), and after a determiner it is a noun
 * that refers back to an event already told ("the advance has prompted", "its advances"): not a trigger.
 * A noun trigger ("air strikes", "clashes") takes its actor from a modifier ("rebel fire", "Russian air strikes").
 * `followedBy`: one of these words must follow within `within` words ("brought down … plane"); the trigger runs to it.
 * `precededBy`: one of these words must precede within `within` words ("hospitals … out of service").
 * `definite`: a noun that names one happening only when made definite (DEFINITE_TRIGGER_LEADS): "the 1957 murder",
 * "Maria's murder", "his arrest", "the Nov. 1 shooting"; bare it is a kind or a charge ("allegations of
 * murder", "risking arrest", "to arrest the men").
 */
export interface EventTrigger {
  readonly phrases: readonly string[];
  readonly type: EventType;
  readonly pos: 'verb' | 'noun';
  readonly followedBy?: readonly string[];
  readonly precededBy?: readonly string[];
  readonly within?: number;
  /**
   * The words between the trigger and its `followedBy` word are that word's own noun phrase ("took the three
   * major towns"): no preposition or clause word among them ("took the bus to the city") and no possessive
   * after it ("took the town's mayor hostage").
   */
  readonly plainGap?: boolean;
  readonly definite?: boolean;
  /**
   * A noun that tells a happening only of a named person, its possessor or "of" it ("Maria Lopez's death", "the
   * death of Maria Lopez"), in a sentence not about a punishment or a count (events-named-patient.ts).
   */
  readonly namedPatient?: boolean;
  /**
   * A word as often a noun as a verb ("murder"): a verb only where an object opens right after it and no
   * determiner or preposition precedes it ("they murder civilians"; verb-reading.ts); elsewhere it is read as
   * its phrase's noun trigger, if any ("the 1957 murder"), else nothing ("murder charges").
   */
  readonly transitive?: boolean;
}
