import { describe, it } from 'vitest';
import { checkRow, org, person, type Row } from './test-attributions.js';

/** Sources across relative clauses, dashes and participles; contents cut at days, clauses and second cues. */
const ROWS: readonly Row[] = [
  [
    'a sentence that ends in a comma after a source-final cue',
    'Nine people have fled the town, the agency said,',
    [org('the agency')],
    [{ source: 'the agency', cue: 'said', content: 'Nine people have fled the town', stance: 'asserts' }],
  ],
  [
    'a clause after the source-final cue is no content: the content is before the source',
    'More than 9,000 people have fled the town, the agency said, as militants set fire to oil wells.',
    [org('the agency')],
    [
      {
        source: 'the agency',
        cue: 'said',
        content: 'More than 9,000 people have fled the town',
        stance: 'asserts',
      },
    ],
  ],
  [
    'a spaced dash ends the source phrase',
    'Mali has to import all its fuel - and reporters say the country will struggle to survive a blockade.',
    [],
    [
      {
        source: 'reporters',
        cue: 'say',
        content: 'the country will struggle to survive a blockade',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'the subject of a restrictive relative clause, not its object, is the source',
    'The soldiers who seized power said they did so because of the mishandling of an insurgency.',
    [],
    [
      {
        source: 'The soldiers who seized power',
        cue: 'said',
        content: 'they did so because of the mishandling of an insurgency',
        stance: 'asserts',
      },
    ],
  ],
  [
    'an apposition between dashes stays with its head',
    'Kall -- co-editor of a book on the debates -- said the candidate tended to make announcements.',
    [person('Kall')],
    [
      {
        source: 'Kall -- co-editor of a book on the debates',
        cue: 'said',
        content: 'the candidate tended to make announcements',
        stance: 'asserts',
        mention: 'Kall',
      },
    ],
  ],
  [
    'a participle after a comma speaks for the subject of its own clause',
    'The reporter says some civilians are fleeing the town of Mopti, fearing a rebel advance further south.',
    [],
    [
      {
        source: 'The reporter',
        cue: 'says',
        content: 'some civilians are fleeing the town of Mopti, fearing a rebel advance further south',
        stance: 'asserts',
      },
      { source: 'some civilians', cue: 'fearing', content: 'a rebel advance further south', stance: 'warns' },
    ],
  ],
  [
    'negative: a participle after "said," is no content of "said"; "calling on" demands',
    '"They are essential to our universal heritage," Irina Bokova said, calling on all parties to safeguard heritage.',
    [person('Irina Bokova')],
    [
      {
        source: 'Irina Bokova',
        cue: 'said',
        content: 'They are essential to our universal heritage',
        stance: 'asserts',
        direct: true,
        mention: 'Irina Bokova',
      },
      {
        source: 'Irina Bokova',
        cue: 'calling on',
        content: 'all parties to safeguard heritage',
        stance: 'demands',
        mention: 'Irina Bokova',
      },
    ],
  ],
  [
    'negative: an inanimate subject of "reveals" is no source',
    "Timbuktu's literary patrimony reveals a continent with an immensely rich literary heritage.",
    [],
    [],
  ],
  [
    'a record shows',
    'A new poll shows the president trailing by four points.',
    [],
    [
      {
        source: 'A new poll',
        cue: 'shows',
        content: 'the president trailing by four points',
        stance: 'asserts',
      },
    ],
  ],
  [
    'a bare day after the cue is not content',
    'Erlaf said Tuesday that the rebels are open to discussions.',
    [person('Erlaf')],
    [
      {
        source: 'Erlaf',
        cue: 'said',
        content: 'the rebels are open to discussions',
        stance: 'asserts',
        mention: 'Erlaf',
      },
    ],
  ],
  [
    'negative: a day owning a noun stays in the content',
    "President Obama condemned Friday's test as provocative.",
    [person('Obama')],
    [
      {
        source: 'President Obama',
        cue: 'condemned',
        content: "Friday's test as provocative",
        stance: 'accuses',
        mention: 'Obama',
      },
    ],
  ],
  [
    'an adverbial clause after the cue holds no content: the quotation before it does',
    '"We will not give up," Hollande said Friday as he entered the talks.',
    [person('Hollande')],
    [
      {
        source: 'Hollande',
        cue: 'said',
        content: 'We will not give up',
        stance: 'asserts',
        direct: true,
        mention: 'Hollande',
      },
    ],
  ],
  [
    'the content of a cue ends before "and" + a second cue',
    'A former minister, Mohamed Ag Erlaf, identified himself as the chief negotiator and said the rebels are willing to talk.',
    [person('Mohamed Ag Erlaf')],
    [
      {
        source: 'A former minister, Mohamed Ag Erlaf',
        cue: 'identified',
        content: 'himself as the chief negotiator',
        stance: 'asserts',
        mention: 'Mohamed Ag Erlaf',
      },
      {
        source: 'Mohamed Ag Erlaf',
        cue: 'said',
        content: 'the rebels are willing to talk',
        stance: 'asserts',
        mention: 'Mohamed Ag Erlaf',
      },
    ],
  ],
  [
    'negative: a cue word inside a name ("States") is no cue',
    'The Economic Community of West African States, representing 15 nations in the region, has been harsh.',
    [org('Economic Community of West African States')],
    [],
  ],
  [
    'a relative pronoun resolves to the name before its parenthesis and comma',
    'The rebels are split - the National Movement for the Liberation of Azawad (MNLA), which wants independence for the north, and Ansar Dine.',
    [org('National Movement for the Liberation of Azawad'), org('MNLA')],
    [
      {
        source: 'which',
        cue: 'wants',
        content: 'independence for the north, and Ansar Dine',
        stance: 'hopes',
        mention: 'National Movement for the Liberation of Azawad',
      },
    ],
  ],
  [
    'negative: a source opening with a relative pronoun is not the object of its clause; its antecedent phrase speaks',
    'The captains who overthrew the president justified their actions by claiming to be working to end the decline of the country.',
    [person('the president')],
    [
      {
        source: 'The captains who overthrew the president',
        cue: 'claiming',
        content: 'to be working to end the decline of the country',
        stance: 'asserts',
        mention: null,
      },
    ],
  ],
  [
    'an aside after a comma ("…, as X reports") tells the clause before the comma',
    'The minister left in a car that drove out of the back of the court, as Tom Hale reports.',
    [person('Tom Hale')],
    [
      {
        source: 'Tom Hale',
        cue: 'reports',
        content: 'The minister left in a car that drove out of the back of the court',
        stance: 'asserts',
        mention: 'Tom Hale',
      },
    ],
  ],
  [
    'negative: an aside with no reporting cue tells nothing',
    'The town fell on Monday, as many had feared.',
    [],
    [],
  ],
];

describe('attributionStage: clauses around sources and contents', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});
