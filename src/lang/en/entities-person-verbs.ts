/**
 * Verbs whose subject is a person, not a company or a thing: a lone capitalised word opening a sentence before
 * one of them names someone ("Putin spoke", "Merkel has resigned"). Lower case; past, present and participle
 * forms as written.
 */
export const PERSON_SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'spoke',
  'speaks',
  'spoken',
  'met',
  'meets',
  'visited',
  'visits',
  'smiled',
  'smiles',
  'laughed',
  'laughs',
  'wept',
  'shrugged',
  'nodded',
  'resigned',
  'resigns',
  'died',
  'dies',
  'flew',
  'travelled',
  'traveled',
  'married',
  'testified',
  'campaigned',
  'thanked',
  'greeted',
  'hugged',
]);
