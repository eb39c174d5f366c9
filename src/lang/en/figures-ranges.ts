/** Words between two numbers that make them the bounds of one quantity ("3,000 to 5,000", "two or three"). */
export const FIGURE_RANGE_JOINERS: readonly string[] = ['to', 'or', 'and'];

/** Words before the first number of a range; with "and" one of them is required ("between 15 and 20"). */
export const FIGURE_RANGE_OPENERS: readonly string[] = ['between'];

/** Words before the first number that make "A to B" a change, not a range ("rose from 30 to 50"). */
export const FIGURE_CHANGE_OPENERS: readonly string[] = ['from'];
