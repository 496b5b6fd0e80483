import { describe, expect, it } from 'vitest';
import { toE164 } from './phone';

describe('caller numbers as the authorized body writes them', () => {
  it.each([
    ['+77012345678', '+77012345678'],
    ['+7 (701) 234-56-78', '+77012345678'],
    ['8 701 234 56 78', '+77012345678'],
    ['87012345678', '+77012345678'],
    ['77012345678', '+77012345678'],
    ['7012345678', '+77012345678'],
    ['00 49 69 1234 5678', '+496912345678'],
    ['+４９６９１２３４５６７８', '+496912345678'],
  ])('reads %s as %s', (written, e164) => {
    expect(toE164(written)).toBe(e164);
  });

  it.each(['1414', '111', 'anonymous', '', '+7 701 234 56 78 ext 5', '+0123456789', '12345678901234567'])(
    'refuses %j, which is not a caller number',
    (written) => {
      expect(toE164(written)).toBeUndefined();
    },
  );
});
