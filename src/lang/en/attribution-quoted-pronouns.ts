/**
 * Pronouns of the first person: inside a quotation they stand for its speaker ('"I said we would fight," the
 * commander said' — "I" is the commander), never for anyone named by the words around them.
 */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us']);

/**
 * Pronouns of the first and second person: inside a quotation with no known speaker they name no one a picture
 * can show ('"… I said we would fight."' with no speaker makes no claim of "I").
 */
export const QUOTED_PERSON_PRONOUNS: ReadonlySet<string> = new Set([...SPEAKER_PRONOUNS, 'you']);
