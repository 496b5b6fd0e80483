import type { HotlineId } from '../../../contracts/hotlines';

/** Text in the desktop's three languages; forms are read by supervisors in any of them. */
export interface FormText {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

/** `yesNo`: met or not; `scale`: 1 (poor) to 5 (excellent). */
export type QuestionKind = 'yesNo' | 'scale';

export interface FormQuestion {
  /** Stable within a hotline's forms: answers, practice checks and CSV columns name it. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: FormText;
  /** Relative weight in the total (any positive number; the score normalises). */
  readonly weight: number;
  /** Whether "not applicable" is a valid answer (no referral needed, no transfer happened). */
  readonly allowNa: boolean;
  /**
   * A "no" here makes the whole evaluation 0 (critical fail), whatever else went well: a breach of
   * confidentiality, an urgent case not escalated, wrong information given as fact. Only yes/no questions.
   */
  readonly critical?: boolean;
}

export interface FormSection {
  readonly id: string;
  readonly title: FormText;
  readonly questions: readonly FormQuestion[];
}

/**
 * An evaluation form, kept as data: a new version is a new object, never an edit, so an evaluation always
 * names the version it was scored against and old scores keep their meaning.
 */
export interface EvaluationForm {
  readonly hotline: HotlineId;
  readonly version: number;
  /** First day (Almaty, YYYY-MM-DD) the version is used for new evaluations. */
  readonly effectiveFrom: string;
  readonly sections: readonly FormSection[];
}

export class InvalidFormError extends Error {
  override name = 'InvalidFormError';
}

export function formQuestions(form: EvaluationForm): FormQuestion[] {
  return form.sections.flatMap((section) => [...section.questions]);
}

/** Checks a form's shape: unique ids, positive weights, critical only on yes/no. Throws naming the problem. */
export function validateForm(form: EvaluationForm): EvaluationForm {
  const seen = new Set<string>();
  if (form.sections.length === 0)
    throw new InvalidFormError(`form ${form.hotline} v${form.version}: no sections`);
  for (const section of form.sections) {
    if (section.questions.length === 0)
      throw new InvalidFormError(
        `form ${form.hotline} v${form.version}: section ${section.id} has no questions`,
      );
    for (const question of section.questions) {
      const where = `form ${form.hotline} v${form.version}, question ${question.id}`;
      if (seen.has(question.id)) throw new InvalidFormError(`${where}: id used twice`);
      seen.add(question.id);
      if (!(question.weight > 0) || !Number.isFinite(question.weight))
        throw new InvalidFormError(`${where}: weight must be a positive number, not ${question.weight}`);
      if (question.critical && question.kind !== 'yesNo')
        throw new InvalidFormError(`${where}: only yes/no questions can be critical`);
      for (const lang of ['kk', 'ru', 'en'] as const)
        if (!question.text[lang].trim()) throw new InvalidFormError(`${where}: text in ${lang} is empty`);
    }
  }
  return form;
}

/** The version in force on `day` (the newest whose effectiveFrom is not after it). */
export function formInForce(
  forms: readonly EvaluationForm[],
  hotline: HotlineId,
  day: string,
): EvaluationForm {
  const candidates = forms
    .filter((form) => form.hotline === hotline && form.effectiveFrom <= day)
    .sort((a, b) => b.version - a.version);
  const form = candidates[0];
  if (!form) throw new InvalidFormError(`no evaluation form of ${hotline} in force on ${day}`);
  return form;
}

export function formVersion(
  forms: readonly EvaluationForm[],
  hotline: HotlineId,
  version: number,
): EvaluationForm {
  const form = forms.find((candidate) => candidate.hotline === hotline && candidate.version === version);
  if (!form) throw new InvalidFormError(`no evaluation form ${hotline} v${version}`);
  return form;
}
