/**
 * The words of a quotation as a key, so that two reports printing the same words compare equal: letter case,
 * runs of white space, curly or straight quote marks and apostrophes, dash styles (`—`, `–`, `--`) and the
 * quote marks and sentence-final stop around the words make no difference.
 */
export const wordingKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s*(?:[—–]|--)\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'(]+|[\s"'.,;:!?)]+$/g, '');
