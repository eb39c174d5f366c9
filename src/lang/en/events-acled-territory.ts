/**
 * Territorial battles (ACLED codebook): who took control decides the sub-event. A state force (or its
 * affiliate) regaining a place is "Government regains territory"; a non-state actor (rebels, militias,
 * jihadist groups) taking one is "Non-state actor overtakes territory", even when it "recaptures" it. Regex
 * sources, case-insensitive.
 */

/** Taking control of a place (the object must be a place word or a name). */
export const TAKE_CONTROL =
  '(?:captur(?:ed|es|ing|e)|seiz(?:ed|es|ing|e)|overr(?:an|un|unning)|stormed and took|took (?:full |complete |total )?control(?: of)?|tak(?:en|ing|es?) (?:full |complete |total )?control(?: of)?|gain(?:ed|s|ing)? control(?: of)?|wrest(?:ed)?(?: control)?(?: of)?|took over|tak(?:en|ing) over|took|taken|tak(?:es?|ing)|entered|advanced (?:into|on)|pushed into|swept into|marched into|(?:fell|fall|falls|fallen) (?:in)?to(?: the hands of)?)';

/** Taking back: government forces mostly, but a non-state actor can recapture too. */
export const RETAKE_CONTROL =
  '(?:recaptur(?:ed|es|ing|e)|retook|retak(?:en|ing|e)|regain(?:ed|s|ing)?(?: full| complete| total)?(?: control(?: of| over)?)?|liberat(?:ed|es|ing|e|ion of)|recover(?:ed|s|ing)|dislodg(?:ed|ing|e) (?:\\w+ ){0,4}from|flush(?:ed|ing) out|restored (?:government|state) (?:authority|control)|won back|took back|tak(?:en|ing) back|reclaim(?:ed|s|ing)?|restored (?:\\w+ )?control|clear(?:ed|ing) (?:\\w+ ){0,4}(?:of|from) (?:\\w+ ){0,2}(?:militants|terrorists|insurgents|rebels|jihadists|fighters)|freed (?:the )?(?:town|city|village|area|district|region)|drove (?:\\w+ ){0,3}out of|driv(?:ing|en) (?:\\w+ ){0,3}out of|(?:back )?under (?:the )?(?:government|state|army|regime) control)';

/** What is taken: a place word, or a name (capitalised word, checked case-sensitively by the reader). */
export const PLACE_TAKEN =
  '(?:towns?|cit(?:y|ies)|villages?|districts?|areas?|regions?|provinces?|territor(?:y|ies)|neighbou?rhoods?|hills?|bases?|airports?|air ?bases?|positions|strongholds?|bastions?|outskirts|parts|crossings?|border|highway|roads?|road|parts of|control|countryside|settlements?|locality|localities|oil ?fields?|dams?|island|port|outposts?|checkpoints?|camps?|headquarters|enclaves?|suburbs?|counties|county|capital|zones?|valley|mountains?|sites?|facilit(?:y|ies)|fields?|bridges?|junctions?|lines?|fronts?|frontlines?)';

/** State forces and their affiliates. */
export const STATE_ACTORS =
  '(?:government|govt|pro-government|regime|pro-regime|army|armies|military|troops|soldiers|security forces|armed forces|national army|federal forces|national guard|police|gendarmerie|SAA|Syrian Arab Army|Tatmadaw|Peshmerga|state forces|Iraqi forces|Afghan forces|Nigerian forces|Somali forces|loyalist|loyalists|coalition|counter-?terrorism forces|special forces|commandos|marines|elite forces)';

/** Non-state armed actors. */
export const NON_STATE_ACTORS =
  '(?:rebels?|rebel (?:fighters|forces|groups?)|militants?|insurgents?|jihadists?|terrorists?|extremists?|militias?|militiamen|fighters|mujahideen|separatists?|guerrillas?|opposition|armed groups?|gunmen|bandits|Islamic State|Daesh|Taliban|al[- ]Shabaa?b|Shabaab|Boko Haram|Houthis?|Ansar Allah|al[- ]Qaeda|Nusra|Hayat Tahrir al-Sham|Tahrir al-Sham|Free Syrian Army|Haftar|Polisario|Ambazonian|Seleka|anti-Balaka|tribesmen|Turkish-backed|Turkey-backed|Iran-backed|Kurdish)';

/** Acronyms of state forces, matched case-sensitively ("SAA", not "saa"). */
export const STATE_ACRONYMS = '(?:SAA|AMISOM|FARDC|ANDSF|ANA|SNA|IDF)';

/** Acronyms of non-state armed actors, matched case-sensitively ("IS", not "is"). */
export const NON_STATE_ACRONYMS =
  '(?:IS|ISIS|ISIL|ISWAP|AQAP|AQIM|HTS|FSA|SDF|YPG|PKK|LNA|M23|ADF|TTP|NPA|ELN|FARC|RSF|SPLA-IO|TPLF|MNLA|JNIM)';

/**
 * What a coup takes, right after the verb: power, or the whole country or its government ("seized power", "seized
 * control of the country", "took control of the government"). A change of government, no place changing hands;
 * not "the country's north", "the government-held town" nor "the government headquarters" (a place taken after it).
 */
export const POWER_TAKEN = `^\\s+(?:(?:full|total|complete|absolute)\\s+)?(?:(?:state\\s+)?power\\b(?![\\w'’-])|(?:control\\s+)?(?:of\\s+)?the\\s+(?:(?:whole|entire)\\s+)?(?:country|nation|government)(?![\\w'’-])(?!\\s+(?:${PLACE_TAKEN})\\b))`;
