import { describe, expect, it } from 'vitest';
import { scenarioById } from '../scenarios';
import { formInForce } from './form';
import { EVALUATION_FORMS } from './forms';
import { articleGroup, scorePractice } from './practice';
import type { PracticeAnswer, PracticeScenario } from './scenario';

const scenario = (id: string): PracticeScenario => {
  const found = scenarioById(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const form = (hotline: '1414' | '111') => formInForce(EVALUATION_FORMS, hotline, '2026-12-01');
const nothing: PracticeAnswer = {
  articlesOpened: [],
  referral: null,
  registered: false,
  urgent: false,
  transferredTo1414: false,
};

describe('scoring a practice call', () => {
  it('the right article in the caller’s language and the right body score 100', () => {
    const result = scorePractice(form('1414'), scenario('1414-eds-revoke-ru'), {
      ...nothing,
      articlesOpened: ['1414-eds-obtain-ru', '1414-eds-revoke-ru'],
      referral: 'nca',
    });

    expect(result.score.percent).toBe(100);
    expect(result.checks.find((check) => check.question === 'appeal-registered')?.met).toBe('na');
  });

  it('the right article in another language costs the language point only', () => {
    const result = scorePractice(form('1414'), scenario('1414-egov-password-ru'), {
      ...nothing,
      articlesOpened: ['1414-egov-password-en'],
    });

    // correct-information (4) met, greeting-language (2) not: 4 of 6.
    expect(result.score.percent).toBe(66.7);
  });

  it('no article found is a critical fail', () => {
    const result = scorePractice(form('1414'), scenario('1414-complaint-egov-ru'), {
      ...nothing,
      registered: true,
    });

    expect(result.score).toMatchObject({ percent: 0, criticalFail: true });
  });

  it('an urgent 111 case without the Urgent action scores 0, with it 100', () => {
    const urgentCase = scenario('111-domestic-violence-ru');
    const good: PracticeAnswer = {
      articlesOpened: ['111-domestic-violence-ru'],
      referral: 'police-102',
      registered: true,
      urgent: true,
      transferredTo1414: false,
    };

    expect(scorePractice(form('111'), urgentCase, good).score.percent).toBe(100);
    expect(scorePractice(form('111'), urgentCase, { ...good, urgent: false }).score).toMatchObject({
      percent: 0,
      failedCritical: ['urgent-escalation'],
    });
  });

  it('a state-services question on 111 expects the transfer to 1414; a needless urgent alert is not met', () => {
    const transfer = scenario('111-transfer-egov-ru');
    const answer: PracticeAnswer = {
      ...nothing,
      articlesOpened: ['111-where-to-turn-ru'],
      transferredTo1414: true,
    };

    expect(scorePractice(form('111'), transfer, answer).score.percent).toBe(100);
    expect(scorePractice(form('111'), transfer, { ...answer, transferredTo1414: false }).score.percent).toBe(
      75,
    );
    expect(scorePractice(form('111'), transfer, { ...answer, urgent: true }).score.criticalFail).toBe(true);
  });

  it('article ids map to their translation group', () => {
    expect(articleGroup('1414-egov-password-kk')).toBe('1414-egov-password');
    expect(articleGroup('111-about')).toBe('111-about');
  });
});
