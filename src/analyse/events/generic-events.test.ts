import { describe } from 'vitest';
import { eventRows, type Row } from './event-table.js';

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
];

describe('eventsStage: generic happenings', () => eventRows(ROWS));
