import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from '../../geo/lookup-place.js';
import { statedRegion } from './stated-region.js';

const entry = (id: string) => gazetteerEntry(id)!;
const MARYLANDS = ['admin1:LR.13', 'admin1:US.MD'];

describe('statedRegion', () => {
  it('places a name in the stated region its place does not lie in', () => {
    // Grantville, Georgia is not in Pennsylvania.
    expect(statedRegion(['admin1:US.PA'], entry('geonames:4197884'))?.id).toBe('admin1:US.PA');
    expect(statedRegion(['admin1:US.WA'], null)?.id).toBe('admin1:US.WA');
  });

  it('takes the namesake region in the document’s country, else the most populous', () => {
    expect(statedRegion(MARYLANDS, null)?.id).toBe('admin1:US.MD');
    expect(statedRegion(MARYLANDS, null, 'LR')?.id).toBe('admin1:LR.13');
  });

  it('gives nothing when the place lies in the stated region or none is stated', () => {
    // Louisville, Kentucky.
    expect(statedRegion(['admin1:US.KY'], entry('geonames:4299276'))).toBeNull();
    expect(statedRegion(['iso:US'], entry('geonames:4299276'))).toBeNull();
    expect(statedRegion([], null)).toBeNull();
  });
});
