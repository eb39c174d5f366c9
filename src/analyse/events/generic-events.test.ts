import { describe } from 'vitest';
import { eventRows, p, type Row } from './event-table.js';

/** What happens whenever it happens, to anyone, is not told as having happened (events-modality.ts). */
const ROWS: readonly (readonly [string, Row])[] = [
  [
    'generic: "when somebody is" and a passive',
    {
      text: 'When somebody is shot, every minute counts.',
      expected: [
        { type: 'casualties', trigger: 'shot', span: 'When somebody is shot', modality: 'hypothetical' },
      ],
    },
  ],
  [
    'generic: "whenever"',
    {
      text: 'Whenever someone is kidnapped in the region, families pay.',
      expected: [
        {
          type: 'abduction',
          trigger: 'kidnapped',
          span: 'Whenever someone is kidnapped in the region',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'negative: a named victim in the past happened',
    {
      text: 'When the gunman was shot, the crowd scattered.',
      expected: [
        { type: 'casualties', trigger: 'shot', span: 'When the gunman was shot', modality: 'happened' },
      ],
    },
  ],
  [
    'negative: "when someone" in the past tense tells one happening',
    {
      text: 'When someone shot at the convoy on Monday, the soldiers took cover.',
      expected: [
        {
          type: 'casualties',
          trigger: 'shot',
          span: 'When someone shot at the convoy on Monday',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'generic present: a bare plural subject and a plain present verb',
    {
      text: 'In such cases, officers rush in to stop the shooting.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'shooting',
          span: 'officers rush in to stop the shooting',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'generic present: an adverb between the subject and its verb, the verb the trigger',
    {
      text: 'Soldiers often open fire on such crowds.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'Soldiers often open fire on such crowds',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'a drill: "are taught to" (or "trained to")',
    {
      text: 'Recruits are taught to capture the town.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'capture',
          span: 'Recruits are taught to capture the town',
          modality: 'hypothetical',
        },
      ],
    },
  ],
  [
    'negative: "trained to" describing the actors, not framing the trigger',
    {
      text: 'Militants trained to fight captured the town.',
      expected: [
        {
          type: 'territory_change',
          trigger: 'captured',
          span: 'Militants trained to fight captured the town',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a headline (no final mark) tells the past in the present',
    {
      text: 'Soldiers open fire on crowd in capital',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'Soldiers open fire on crowd in capital',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a determined subject is one group',
    {
      text: 'The soldiers open fire on the crowd.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'The soldiers open fire on the crowd',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a past form in the clause',
    {
      text: 'Soldiers open fire where rebels hid.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'Soldiers open fire where rebels hid',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a time told in the clause',
    {
      text: 'Soldiers open fire on the crowd on Monday.',
      time: 'Monday',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'Soldiers open fire on the crowd on Monday',
          modality: 'happened',
          time: 'Monday',
        },
      ],
    },
  ],
  [
    'negative: a perfect ("have") is no plain present',
    {
      text: 'Soldiers have opened fire on the crowd.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'opened fire',
          span: 'Soldiers have opened fire on the crowd',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a singular named subject in the present (headline style with a mark)',
    {
      text: 'Gunman opens fire on the crowd.',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'opens fire',
          span: 'Gunman opens fire on the crowd',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a named place after the verb is one happening',
    {
      text: 'Rebels seize the town of Qayyarah.',
      entities: [p('Qayyarah')],
      expected: [
        {
          type: 'territory_change',
          trigger: 'seize',
          span: 'Rebels seize the town of Qayyarah',
          modality: 'happened',
        },
      ],
    },
  ],
  [
    'negative: a count after the verb is one happening',
    {
      text: 'Soldiers open fire on 300 villagers.',
      figure: '300 villagers',
      expected: [
        {
          type: 'attack_on_civilians',
          trigger: 'open fire',
          span: 'Soldiers open fire on 300 villagers',
          modality: 'happened',
        },
      ],
    },
  ],
];

describe('eventsStage: generic happenings', () => eventRows(ROWS));
