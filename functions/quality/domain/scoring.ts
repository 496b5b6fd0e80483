import { type EvaluationForm, type FormQuestion, formQuestions } from './form';

/** `true`/`false` for yes/no, 1..5 for a scale, `'na'` where the question allows it. */
export type Answer = boolean | 1 | 2 | 3 | 4 | 5 | 'na';
export type Answers = Readonly<Record<string, Answer>>;

export class InvalidAnswersError extends Error {
  override name = 'InvalidAnswersError';
}

export interface SectionScore {
  readonly id: string;
  /** 0..100, one decimal; null when every question of the section was N/A. */
  readonly percent: number | null;
}

export interface Score {
  /** 0..100 with one decimal; 0 on a critical fail. */
  readonly percent: number;
  /** Whether a critical question was answered "no" (the total is then 0). */
  readonly criticalFail: boolean;
  /** Ids of the critical questions answered "no". */
  readonly failedCritical: readonly string[];
  /** The score before the critical rule, so a supervisor sees what else went well. */
  readonly weightedPercent: number;
  readonly sections: readonly SectionScore[];
}

/** Share of a question's weight an answer earns: yes 1, no 0; scale 1 -> 0, 3 -> 0.5, 5 -> 1. */
function earned(question: FormQuestion, answer: Exclude<Answer, 'na'>): number {
  if (question.kind === 'yesNo') return answer === true ? 1 : 0;
  return ((answer as number) - 1) / 4;
}

function checkAnswer(question: FormQuestion, answer: Answer | undefined): Answer {
  if (answer === undefined) throw new InvalidAnswersError(`${question.id}: no answer`);
  if (answer === 'na') {
    if (!question.allowNa) throw new InvalidAnswersError(`${question.id}: cannot be "not applicable"`);
    return answer;
  }
  if (question.kind === 'yesNo' && typeof answer !== 'boolean')
    throw new InvalidAnswersError(`${question.id}: answer yes (true) or no (false), not ${String(answer)}`);
  if (
    question.kind === 'scale' &&
    !(typeof answer === 'number' && Number.isInteger(answer) && answer >= 1 && answer <= 5)
  )
    throw new InvalidAnswersError(`${question.id}: answer a whole number 1 to 5, not ${String(answer)}`);
  return answer;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function weighted(items: readonly { weight: number; share: number }[]): number | null {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return null;
  return round1((100 * items.reduce((sum, item) => sum + item.weight * item.share, 0)) / total);
}

/**
 * Scores answers against a form: the weighted share of the applicable questions (N/A questions leave both
 * what was earned and what could be earned), 0..100. A critical question answered "no" makes the total 0
 * (`criticalFail`), keeping the weighted figure beside it. Every question must be answered, and no answer
 * may name a question the form does not have: a wrong form version is caught, not silently half-scored.
 */
export function scoreAnswers(form: EvaluationForm, answers: Answers): Score {
  const known = new Set(formQuestions(form).map((question) => question.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new InvalidAnswersError(
      `not questions of ${form.hotline} form v${form.version}: ${unknown.join(', ')}`,
    );

  const all: { weight: number; share: number }[] = [];
  const failedCritical: string[] = [];
  const sections: SectionScore[] = form.sections.map((section) => {
    const items: { weight: number; share: number }[] = [];
    for (const question of section.questions) {
      const answer = checkAnswer(question, answers[question.id]);
      if (answer === 'na') continue;
      const share = earned(question, answer);
      if (question.critical && share === 0) failedCritical.push(question.id);
      items.push({ weight: question.weight, share });
    }
    all.push(...items);
    return { id: section.id, percent: weighted(items) };
  });
  const weightedPercent = weighted(all) ?? 0;
  const criticalFail = failedCritical.length > 0;
  return {
    percent: criticalFail ? 0 : weightedPercent,
    criticalFail,
    failedCritical,
    weightedPercent,
    sections,
  };
}
