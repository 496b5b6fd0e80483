import { describe, expect, it } from 'vitest';
import { PRACTICE_ATTRIBUTE } from '../../../../contracts/practice-call';
import { type PracticeContact, practiceCallOf } from './practice-call';

const contact = (state: PracticeContact['state'], attributes: Record<string, string>): PracticeContact => ({
  id: 'c1',
  state,
  attributes,
});
const practice = { lang: 'ru', topic: 'eds', [PRACTICE_ATTRIBUTE]: '1414-eds-revoke-ru' };

describe('the practice call in the CCP', () => {
  it('is no practice call without the practice attribute, so the Practice tab leaves a real call alone', () => {
    expect(practiceCallOf(contact('ringing', { lang: 'ru', topic: 'eds' }), null)).toBeNull();
    expect(practiceCallOf(null, null)).toBeNull();
  });

  it.each([
    ['ringing', null, 'ringing'],
    ['connected', 'c1', 'talking'],
    ['ended', 'c1', 'after-call'],
  ] as const)('a %s practice contact the trainee answered %s is %s', (state, answered, phase) => {
    expect(practiceCallOf(contact(state, practice), answered)).toEqual({
      scenarioId: '1414-eds-revoke-ru',
      phase,
    });
  });

  it('one that ended before the trainee answered is missed: nothing to score', () => {
    expect(practiceCallOf(contact('ended', practice), null)?.phase).toBe('missed');
    expect(practiceCallOf(contact('ended', practice), 'an-earlier-call')?.phase).toBe('missed');
  });
});
