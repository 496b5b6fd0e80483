import { describe, expect, it } from 'vitest';
import { call111, call1414 } from '../../../test/support/contact-flows/call-harness';
import { SEED_ARTICLES } from '../../knowledge-base/seed/articles';
import { REFERRALS } from '../../knowledge-base/seed/referrals';
import { PRACTICE_SCENARIOS, scenariosOf } from './index';

describe('practice scenarios', () => {
  it.each([
    ['1414', ['kk', 'ru', 'en']],
    ['111', ['kk', 'ru']],
  ] as const)('hotline %s has at least ten, in each of its languages', (hotline, languages) => {
    const scenarios = scenariosOf(hotline);

    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    expect(new Set(scenarios.map((scenario) => scenario.language))).toEqual(new Set(languages));
  });

  it('111 covers urgent cases and the transfer to 1414', () => {
    const scenarios = scenariosOf('111');

    expect(scenarios.filter((scenario) => scenario.expected.urgent).length).toBeGreaterThanOrEqual(3);
    expect(scenarios.filter((scenario) => scenario.expected.transferTo1414).length).toBeGreaterThanOrEqual(2);
  });

  it('ids are unique and name the hotline and language', () => {
    const ids = PRACTICE_SCENARIOS.map((scenario) => scenario.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const scenario of PRACTICE_SCENARIOS)
      expect(scenario.id).toMatch(new RegExp(`^${scenario.hotline}-.+-${scenario.language}$`));
  });

  it.each(PRACTICE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s expects a seed article in the caller’s language and a body of its hotline’s referral directory',
    (_, scenario) => {
      const article = SEED_ARTICLES.find(
        (entry) => entry.id === `${scenario.expected.article}-${scenario.language}`,
      );
      expect(article?.hotlines).toContain(scenario.hotline);

      if (scenario.expected.referral !== null) {
        const body = REFERRALS.find((entry) => entry.id === scenario.expected.referral);
        expect(body?.hotlines, `referral ${scenario.expected.referral}`).toContain(scenario.hotline);
      }
      if (scenario.expected.urgent || scenario.expected.transferTo1414) expect(scenario.hotline).toBe('111');
      expect(scenario.callerSays.trim().length).toBeGreaterThan(20);
    },
  );

  it.each(PRACTICE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: its menu path, played through the flow simulator, queues the caller in their language and topic',
    async (_, scenario) => {
      const place = scenario.hotline === '1414' ? call1414 : call111;

      const call = await place({ inputs: [...scenario.menu] });

      expect(call.language).toBe(scenario.language);
      expect(call.attributes['topic']).toBe(scenario.topic);
      expect(call.outcome.kind).toBe('queue');
      if (scenario.expected.urgent) expect(call.attributes['urgent']).toBe('true');
    },
  );
});
