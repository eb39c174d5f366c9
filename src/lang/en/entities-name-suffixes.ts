/** Generational suffixes that end only a person's name ("Lon Chaney Jr.", "Cal Ripken Sr."), without their dot. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);
