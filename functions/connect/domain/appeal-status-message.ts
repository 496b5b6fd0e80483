import { appealStatusPromptSuffix } from '../../../contact-flows/prompts/appeal-status-texts';
import { promptEntry } from '../../../contact-flows/prompts/manifest';
import type { AppealStatus } from '../../../contracts/connect-lambdas';
import type { HotlineId, Language } from '../../../contracts/hotlines';
import { almatyDayOf, parseInstant } from '../../sla/domain/almaty-time';

/**
 * What a caller hears about an appeal: the status sentence of the prompt manifest (the same words the
 * Kazakh recordings say), then the dates. Nothing else about the appeal is revealed on the phone: not its
 * subject, the applicant or the body it was referred to.
 */

/** Prompt keys of a hotline's status sentences start with its speaker prefix. */
const PROMPT_PREFIX: Readonly<Record<HotlineId, string>> = { '1414': 'ucc', '111': 'family' };

/** Statuses with an answer still to come: the caller also hears by when. */
const AWAITING_ANSWER: ReadonlySet<AppealStatus> = new Set(['registered', 'in_progress', 'referred']);

const DATE_LOCALE: Readonly<Record<Language, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const LABELS: Readonly<Record<Language, { readonly received: string; readonly due: string }>> = {
  kk: { received: 'Тіркелген күні: {date}', due: 'Жауап беру мерзімі: {date}' },
  ru: { received: 'Дата регистрации: {date}', due: 'Срок ответа: {date}' },
  en: { received: 'Registered on {date}', due: 'The answer is due by {date}' },
};

/** Fills in the date and ends the sentence, once: Russian dates already end with `г.`. */
const sentence = (label: string, date: string) => {
  const filled = label.replace('{date}', date);
  return filled.endsWith('.') ? filled : `${filled}.`;
};

/** The status sentence alone, as the manifest holds it (also used for `not_found` and `invalid`). */
export function statusSentence(hotline: HotlineId, status: AppealStatus, language: Language): string {
  return promptEntry(`${PROMPT_PREFIX[hotline]}-appeal-status-${appealStatusPromptSuffix(status)}`).texts[
    language
  ];
}

/** A day as people say it, in Almaty: `3 марта 2025 г.`, `3 March 2025`. */
export function spokenDate(instantOrDay: string, language: Language): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(instantOrDay)
    ? instantOrDay
    : almatyDayOf(parseInstant(instantOrDay));
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(DATE_LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
}

export interface AppealDates {
  readonly receivedAt: string;
  readonly deadline?: string;
}

/** Status sentence, the day the appeal was registered and, while an answer is awaited, its due day. */
export function appealStatusMessage(
  hotline: HotlineId,
  status: AppealStatus,
  dates: AppealDates,
  language: Language,
): string {
  const labels = LABELS[language];
  const parts = [
    statusSentence(hotline, status, language),
    sentence(labels.received, spokenDate(dates.receivedAt, language)),
  ];
  if (dates.deadline !== undefined && AWAITING_ANSWER.has(status)) {
    parts.push(sentence(labels.due, spokenDate(dates.deadline, language)));
  }
  return parts.join(' ');
}
