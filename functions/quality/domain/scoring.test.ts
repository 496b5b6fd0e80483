import { describe, expect, it } from 'vitest';
import { type EvaluationForm, formInForce, InvalidFormError, validateForm } from './form';
import { EVALUATION_FORMS } from './forms';
import { type Answers, InvalidAnswersError, scoreAnswers } from './scoring';

const form1414 = formInForce(EVALUATION_FORMS, '1414', '2026-12-01');
const form111 = formInForce(EVALUATION_FORMS, '111', '2026-12-01');

const perfect1414: Answers = {
  'greeting-language': true,
  'correct-information': true,
  clarity: 5,
  referral: true,
  'transfer-notice': true,
  'appeal-registered': true,
  courtesy: 5,
};

describe('scoring an evaluation', () => {
  it('all met scores 100', () => {
    expect(scoreAnswers(form1414, perfect1414)).toMatchObject({ percent: 100, criticalFail: false });
  });

  it('weights questions: missing the greeting (weight 2 of 17) costs 11.8 points', () => {
    const score = scoreAnswers(form1414, { ...perfect1414, 'greeting-language': false });

    expect(score.percent).toBe(88.2);
    expect(score.sections.find((section) => section.id === 'opening')?.percent).toBe(0);
  });

  it('a 1-5 scale earns 0 at 1, half at 3 and all at 5', () => {
    // clarity weighs 2 of 17: at 3 it earns 1 of 2.
    expect(scoreAnswers(form1414, { ...perfect1414, clarity: 3 }).percent).toBe(94.1);
    expect(scoreAnswers(form1414, { ...perfect1414, clarity: 1 }).percent).toBe(88.2);
  });

  it('not-applicable questions leave the total out of both sides', () => {
    // No referral, no transfer, nothing to register: 9 of 17 weight remain, a missed greeting costs 2 of 9.
    const score = scoreAnswers(form1414, {
      ...perfect1414,
      referral: 'na',
      'transfer-notice': 'na',
      'appeal-registered': 'na',
      'greeting-language': false,
    });

    expect(score.percent).toBe(77.8);
    expect(score.sections.find((section) => section.id === 'routing')?.percent).toBeNull();
  });

  it('wrong information is a critical fail: the total is 0 but what else went well is kept', () => {
    const score = scoreAnswers(form1414, { ...perfect1414, 'correct-information': false });

    expect(score).toMatchObject({ percent: 0, criticalFail: true, failedCritical: ['correct-information'] });
    expect(score.weightedPercent).toBe(76.5);
  });

  it('on 111 a breach of confidentiality or an urgent case not escalated fails the call', () => {
    const perfect111: Answers = { ...perfect1414, confidentiality: true, 'urgent-escalation': true };

    expect(scoreAnswers(form111, perfect111).percent).toBe(100);
    expect(scoreAnswers(form111, { ...perfect111, confidentiality: false }).failedCritical).toEqual([
      'confidentiality',
    ]);
    expect(scoreAnswers(form111, { ...perfect111, 'urgent-escalation': false }).percent).toBe(0);
    expect(scoreAnswers(form111, { ...perfect111, 'urgent-escalation': 'na' }).criticalFail).toBe(false);
  });

  it.each([
    [{ ...perfect1414, clarity: undefined }, 'clarity: no answer'],
    [{ ...perfect1414, 'greeting-language': 'na' }, 'greeting-language: cannot be "not applicable"'],
    [{ ...perfect1414, clarity: 6 }, 'clarity: answer a whole number 1 to 5, not 6'],
    [{ ...perfect1414, clarity: true }, 'clarity: answer a whole number 1 to 5, not true'],
    [{ ...perfect1414, referral: 3 }, 'referral: answer yes (true) or no (false), not 3'],
    [{ ...perfect1414, confidentiality: true }, 'not questions of 1414 form v1: confidentiality'],
  ])('refuses incomplete or wrong answers with a message naming the question (%#)', (answers, message) => {
    const cleaned = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));

    expect(() => scoreAnswers(form1414, cleaned as unknown as Answers)).toThrow(
      new InvalidAnswersError(message),
    );
  });
});

describe('evaluation forms', () => {
  it('each hotline has a form in force, 111 with confidentiality and urgent escalation', () => {
    const ids111 = form111.sections.flatMap((section) => section.questions.map((question) => question.id));
    const ids1414 = form1414.sections.flatMap((section) => section.questions.map((question) => question.id));

    expect(ids111).toEqual(expect.arrayContaining([...ids1414, 'confidentiality', 'urgent-escalation']));
    expect(ids1414).not.toContain('confidentiality');
  });

  it('the newest version effective on the day is in force', () => {
    const v2: EvaluationForm = { ...form1414, version: 2, effectiveFrom: '2027-01-01' };

    expect(formInForce([...EVALUATION_FORMS, v2], '1414', '2026-12-31').version).toBe(1);
    expect(formInForce([...EVALUATION_FORMS, v2], '1414', '2027-01-01').version).toBe(2);
    expect(() => formInForce(EVALUATION_FORMS, '1414', '2025-12-31')).toThrow(InvalidFormError);
  });

  it('a form with a critical 1-5 question or a zero weight is refused', () => {
    const [first] = form1414.sections;
    const question = first!.questions[0]!;
    const bad = (changes: object): EvaluationForm => ({
      ...form1414,
      sections: [{ ...first!, questions: [{ ...question, ...changes }] }],
    });

    expect(() => validateForm(bad({ kind: 'scale', critical: true }))).toThrow(
      'only yes/no questions can be critical',
    );
    expect(() => validateForm(bad({ weight: 0 }))).toThrow('weight must be a positive number, not 0');
  });
});
