/**
 * Names of peoples, ethnic groups and religious communities that are not a country's nationality (those are in
 * entities-demonyms.ts / geo-demonyms.ts): "the Tuareg", "Yazidis", "Shia". Not places: before a noun they only
 * describe it ("a Tuareg state", "Hutu villages"), before a force noun they name a group ("Tuareg rebels"), in
 * the plural ("Kurds") the people, a population group like "Pakistanis". Lower case, singular; a plural in "s"
 * is read by its singular.
 */
export const ETHNONYMS: ReadonlySet<string> = new Set([
  'tuareg',
  'berber',
  'amazigh',
  'bedouin',
  'kurd',
  'yazidi',
  'yezidi',
  'druze',
  'alawite',
  'assyrian',
  'chaldean',
  'copt',
  'pashtun',
  'hazara',
  'baloch',
  'baluch',
  'uighur',
  'uyghur',
  'rohingya',
  'hutu',
  'tutsi',
  'fulani',
  'hausa',
  'igbo',
  'yoruba',
  'ijaw',
  'kikuyu',
  'kalenjin',
  'dinka',
  'nuer',
  'oromo',
  'tigrayan',
  'maasai',
  'zulu',
  'xhosa',
  'chechen',
  'circassian',
  'tatar',
  'tamil',
  'inuit',
  'sunni',
  'shia',
  'shiite',
  "shi'ite",
  // Faiths: "Christian leaders", "Muslims", "a Jewish group" name believers, never a place ("Christian" is a
  // town the gazetteer knows) nor an organisation.
  'christian',
  'muslim',
  'moslem',
  'jew',
  'jewish',
  'hindu',
  'buddhist',
  'sikh',
  'catholic',
  'protestant',
  'evangelical',
  'mormon',
  'anglican',
]);

/**
 * Peoples whose plural is the singular ("the Rohingya", "Druze living in the Golan"): written alone, not after
 * "a", they name the people. (Not names that are also languages, "Hausa", "Tamil", which "in Tamil" would take.)
 */
export const ETHNONYM_SAME_PLURAL: ReadonlySet<string> = new Set([
  'rohingya',
  'druze',
  'inuit',
  'maasai',
  'tuareg',
  'bedouin',
  'hazara',
  'baloch',
  'baluch',
  'fulani',
]);
