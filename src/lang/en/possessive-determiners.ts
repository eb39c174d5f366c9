/** Possessive determiners ("his arrest", "its 2012 report"): they make the noun after them definite. Data only. */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['its', 'his', 'her', 'their', 'our', 'my', 'your'];
