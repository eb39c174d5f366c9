/**
 * Prepositions that, right after a cue verb, say where the source speaks from, not what it says ("reports from
 * the rear of the police station", "wrote from Kabul", "said from his hospital bed that …"): their object is no
 * content. A that-clause, colon or quotation after the vantage is still the content ("reported from the scene
 * that the bridge had collapsed").
 */
export const VANTAGE_PREPOSITIONS: ReadonlySet<string> = new Set(['from']);

/** Words (or marks) that open the content after a vantage phrase: "… from the scene that …", "… from Kabul: …". */
export const VANTAGE_CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', ':']);
