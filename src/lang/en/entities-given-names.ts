/**
 * Honorifics that tell a person's sex ("Mrs McConville", "Mr. Kim"), by head word without its dot. Used to keep a
 * surname after one from linking to a person of that surname whose given name says otherwise.
 */
export const HONORIFIC_GENDER: Readonly<Record<string, 'male' | 'female'>> = {
  mr: 'male',
  mister: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
};

/**
 * Common given names of men in English-language news. Only names borne almost only by men: names given to
 * both ("Kim", "Jean", "Leslie", "Jordan", "Robin", "Andrea") are left out, so that they tell nothing.
 */
export const MALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'aaron abdullah adam ahmed alan albert alexander ali andrew anthony antonio arthur barack benjamin bill ' +
    'billy bob bobby boris brandon brendan brian bruce bryan carl carlos charles christopher colin craig ' +
    'daniel darren david dennis dmitry donald douglas dylan edward eric ethan eugene francis francisco frank ' +
    'fred frederick gabriel gary geoffrey george gerald gerry gordon graham gregory harold harry henry ' +
    'howard hugh hussein ian ibrahim igor jack jacob jacques james jason jeffrey jeremy jerry jim jimmy joe ' +
    'john jonathan jorge jose joseph joshua juan justin keith kenneth kevin khalid klaus larry lawrence ' +
    'louis luis mahmoud malcolm marco mark martin matthew michael miguel mike mohamed mohammad mohammed ' +
    'muhammad nathan neil nicholas nigel noah omar oliver patrick paul pedro peter philip pierre ralph ' +
    'randy raymond recep richard robert roger ronald roy russell ryan samuel scott sean sergei sergey simon ' +
    'stephen steve steven stuart terence thomas timothy todd tom tony vincent vladimir walter wayne william ' +
    'yusuf zachary'
  ).split(' '),
);

/** Common given names of women in English-language news, with the same care as MALE_GIVEN_NAMES. */
export const FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'abigail alice alison amanda amy angela angelina ann anna anne annie barbara betty beverly brenda ' +
    'bridget carol caroline carolyn catherine cheryl christina christine claire cynthia deborah debra ' +
    'denise diana diane donna dorothy elizabeth ellen emily emma evelyn fatima frances gloria grace hannah ' +
    'heather helen hillary irina jacqueline jane janet janice jennifer jessica joan joanne joyce judith ' +
    'judy julia julie karen katherine kathleen kathryn katie laura lauren linda lisa lucy margaret maria ' +
    'marie marilyn martha mary megan melissa michelle monica nancy natalia natalie nicole olga olivia ' +
    'pamela patricia rachel rebecca rose ruth samantha sandra sara sarah sharon shirley sophie stephanie ' +
    'susan svetlana teresa theresa tiffany victoria virginia wendy yulia'
  ).split(' '),
);
