import type { EvaluationForm } from './form';
import type { PracticeAnswer, PracticeScenario } from './scenario';
import { type Answer, type Score, scoreAnswers } from './scoring';

/** One thing a practice call checks, as the trainee sees it in the result. */
export interface PracticeCheck {
  /** The form question it answers. */
  readonly question: string;
  readonly expected: string;
  readonly actual: string;
  readonly met: boolean | 'na';
}

export interface PracticeResult {
  readonly scenarioId: string;
  readonly score: Score;
  readonly checks: readonly PracticeCheck[];
}

/** The article's translation group: `1414-egov-password-ru` -> `1414-egov-password`. */
export function articleGroup(articleId: string): string {
  return articleId.replace(/-(kk|ru|en)$/, '');
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * Scores a practice call. The panels prove what the trainee did (article opened, body chosen, appeal
 * registered, urgent alert, transfer), so only the form questions those actions answer are scored; the
 * voice questions (greeting, clarity, courtesy, confidentiality) are a supervisor's to judge on real calls.
 * The same weights and critical rule as an evaluation apply: an urgent case not escalated scores 0.
 * Doing something the scenario did not call for (an urgent alert on a non-urgent call, a needless transfer,
 * another body) counts as not met: a false alarm costs the state bodies as much as a missed one costs the caller.
 */
export function scorePractice(
  form: EvaluationForm,
  scenario: PracticeScenario,
  answer: PracticeAnswer,
): PracticeResult {
  const expected = scenario.expected;
  const openedGroups = answer.articlesOpened.map(articleGroup);
  const openedInLanguage = answer.articlesOpened.includes(`${expected.article}-${scenario.language}`);
  const checks: PracticeCheck[] = [
    {
      question: 'correct-information',
      expected: `${expected.article}-${scenario.language}`,
      actual: answer.articlesOpened.join(' ') || '-',
      met: openedGroups.includes(expected.article),
    },
    {
      question: 'greeting-language',
      expected: scenario.language,
      actual: openedInLanguage ? scenario.language : '-',
      met: openedInLanguage,
    },
    {
      question: 'referral',
      expected: expected.referral ?? '-',
      actual: answer.referral ?? '-',
      met:
        expected.referral === null && answer.referral === null ? 'na' : answer.referral === expected.referral,
    },
    {
      question: 'appeal-registered',
      expected: yesNo(expected.register),
      actual: yesNo(answer.registered),
      met: expected.register ? answer.registered : 'na',
    },
  ];
  if (scenario.hotline === '111') {
    checks.push(
      {
        question: 'urgent-escalation',
        expected: yesNo(expected.urgent),
        actual: yesNo(answer.urgent),
        met: !expected.urgent && !answer.urgent ? 'na' : expected.urgent === answer.urgent,
      },
      {
        question: 'transfer-notice',
        expected: yesNo(expected.transferTo1414),
        actual: yesNo(answer.transferredTo1414),
        met:
          !expected.transferTo1414 && !answer.transferredTo1414
            ? 'na'
            : expected.transferTo1414 === answer.transferredTo1414,
      },
    );
  }
  const scored = new Set(checks.map((check) => check.question));
  const practiceForm: EvaluationForm = {
    ...form,
    sections: form.sections
      .map((section) => ({
        ...section,
        questions: section.questions.filter((question) => scored.has(question.id)),
      }))
      .filter((section) => section.questions.length > 0),
  };
  const answers: Record<string, Answer> = {};
  for (const check of checks) {
    const question = practiceForm.sections
      .flatMap((section) => section.questions)
      .find((q) => q.id === check.question);
    // A check whose question cannot be N/A on the form counts as not met rather than skipped.
    answers[check.question] = check.met === 'na' ? (question?.allowNa ? 'na' : false) : check.met;
  }
  return { scenarioId: scenario.id, score: scoreAnswers(practiceForm, answers), checks };
}
