/**
 * When a measure cue in a figure's clause is about someone else. Data only (read by cue-context.ts).
 *
 * A singular event noun after a singular possessor is one person's event, not the figure's: "in connection
 * with Kim's death, three people are in custody", "his death leaves thousands of friends", "after her arrest".
 * A plural possessor ("their deaths", "the victims' deaths") still speaks of the counted group.
 */
export const FIGURE_POSSESSED_EVENT_NOUNS: readonly string[] = [
  'death',
  'killing',
  'arrest',
  'detention',
  'escape',
  'return',
  'evacuation',
  'disappearance',
];

/** Possessors of one person. */
export const FIGURE_SINGULAR_POSSESSORS: readonly string[] = ['his', 'her'];

/** The ending of a singular possessive, a token of its own ("kim" + "'s") or glued to its word ("kim's"). */
export const FIGURE_POSSESSIVE_ENDINGS: readonly string[] = ["'s", '’s'];

/**
 * "lives" counts the dead only after a verb of loss ("claimed the lives of 30", "30 people lost their lives"),
 * not in "the lives of millions of children separated from their families" or "threatening the lives of
 * millions".
 */
export const FIGURE_LIFE_LOSS_VERBS: readonly string[] = [
  'claimed',
  'claim',
  'claims',
  'claiming',
  'cost',
  'costs',
  'costing',
  'lost',
  'lose',
  'loses',
  'losing',
  'took',
  'take',
  'takes',
  'taken',
  'taking',
  'sacrificed',
  'gave',
  'given',
];

/** How many words may stand between a verb of loss and "lives" ("claimed the lives", "lost their lives"). */
export const FIGURE_LIFE_LOSS_REACH = 2;
