import { describe, expect, it } from 'vitest';
import { parseAppealSettings } from './settings';

describe('the register’s settings from the hotline configuration', () => {
  it('name what is wrong in a bad value', () => {
    expect(() => parseAppealSettings('{"hotline":"999"}')).toThrow(/APPEAL_SETTINGS is invalid: hotline/u);
  });
});
