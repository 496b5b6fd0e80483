import type { Language } from '../../../contracts/hotlines';
import { ACKNOWLEDGEMENT_HEADERS, formatDeadline } from './acknowledgement';
import type { Channel } from './appeal';
import { formatRegistrationNumber } from './registration-number';

/**
 * Letters the register sends besides the acknowledgement: telling an applicant which body to turn to
 * when the question is outside the hotline's competence, and alerting state bodies to an urgent case.
 * Like the acknowledgement they quote nothing of the appeal, and carry the RFC 3834 marks.
 */

export interface Letter {
  readonly subject: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface ReferralNoticeInput {
  readonly number: string;
  readonly language: Language;
  readonly hotlineName: Readonly<Partial<Record<Language, string>>>;
  /** The competent body as the referral directory names it in the letter's language, or as the operator gave it. */
  readonly bodyName: string;
  /** How to reach it: address, phone, site; as recorded. */
  readonly bodyContacts?: string;
}

const REFERRAL_WORDING: Readonly<
  Record<Language, { subject: (n: string) => string; lines: (n: string, body: string) => string[] }>
> = {
  kk: {
    subject: (n) => `№ ${n} өтініш бойынша`,
    lines: (n, body) => [
      'Сәлеметсіз бе!',
      `№ ${n} өтінішіңіздегі мәселе біздің құзыретімізге кірмейді.`,
      `Бұл мәселені шешетін орган: ${body}.`,
      'Осы органға тікелей жүгінуіңізді сұраймыз.',
      'Бұл хат автоматты түрде жіберілді.',
    ],
  },
  ru: {
    subject: (n) => `По обращению № ${n}`,
    lines: (n, body) => [
      'Здравствуйте!',
      `Вопрос вашего обращения № ${n} не входит в нашу компетенцию.`,
      `Его решает: ${body}.`,
      'Пожалуйста, обратитесь в этот орган напрямую.',
      'Это письмо отправлено автоматически.',
    ],
  },
  en: {
    subject: (n) => `About your appeal No. ${n}`,
    lines: (n, body) => [
      'Hello,',
      `The question in your appeal No. ${n} is outside our competence.`,
      `It is handled by: ${body}.`,
      'Please turn to that body directly.',
      'This message was sent automatically.',
    ],
  },
};

export function referralNotice(input: ReferralNoticeInput): Letter {
  const words = REFERRAL_WORDING[input.language];
  const number = formatRegistrationNumber(input.number);
  const body = input.bodyContacts ? `${input.bodyName} (${input.bodyContacts})` : input.bodyName;
  const name = input.hotlineName[input.language] ?? input.hotlineName.ru ?? '';
  return {
    subject: words.subject(number),
    text: `${words.lines(number, body).join('\n\n')}\n\n${name}`,
    headers: ACKNOWLEDGEMENT_HEADERS,
  };
}

export interface UrgentNoticeInput {
  readonly number: string;
  readonly hotline: string;
  readonly channel: Channel;
  readonly receivedAt: string;
  readonly language: Language;
  /** Connect contact id of the call, when it came by phone: the key to its recording. */
  readonly contactId?: string;
  /** When the body must acknowledge it has taken the case (`sla.urgentAckMinutes` after the alert). */
  readonly acknowledgeBy?: string;
}

/**
 * The alert to state bodies about an urgent case (Russian and Kazakh, the languages of their duty desks).
 * Registration number, time and channel only: no name, number or words of the applicant travel by e-mail;
 * the body calls the hotline's duty supervisor, who has the case.
 */
export function urgentNotice(input: UrgentNoticeInput): Letter {
  const number = formatRegistrationNumber(input.number);
  const when = formatDeadline(input.receivedAt);
  return {
    subject: `СРОЧНО / ШҰҒЫЛ: обращение № ${number} (${input.hotline})`,
    text: [
      `Срочное обращение на линию ${input.hotline}: № ${number}.`,
      `Поступило: ${when} (время Астаны), канал: ${input.channel}, язык: ${input.language}.`,
      ...(input.contactId ? [`Идентификатор звонка: ${input.contactId}.`] : []),
      `Подробности — у дежурного супервайзера линии ${input.hotline}.`,
      ...(input.acknowledgeBy
        ? [
            `Подтвердите получение дежурному супервайзеру линии ${input.hotline} до ${formatDeadline(input.acknowledgeBy)} (время Астаны).`,
          ]
        : []),
      '',
      `${input.hotline} желісіне шұғыл өтініш түсті: № ${number}.`,
      `Түскен уақыты: ${when} (Астана уақыты).`,
      `Толық ақпаратты ${input.hotline} желісінің кезекші супервайзерінен алыңыз.`,
      ...(input.acknowledgeBy
        ? [
            `Алғаныңызды ${input.hotline} желісінің кезекші супервайзеріне ${formatDeadline(input.acknowledgeBy)} дейін растаңыз (Астана уақыты).`,
          ]
        : []),
    ].join('\n'),
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  };
}

/**
 * The SNS subject of an urgent case (the e-mail subject of topic subscribers): plain ASCII under 100
 * characters, as SNS takes everywhere, in the `[hotline]` style of the SLA notices.
 */
export function urgentTopicSubject(input: Pick<UrgentNoticeInput, 'number' | 'hotline'>): string {
  return `[${input.hotline}] URGENT appeal ${formatRegistrationNumber(input.number)}`;
}

/** The SNS message of an urgent case: the same facts as the e-mail, as JSON for subscribers and automation. */
export function urgentTopicMessage(input: UrgentNoticeInput): string {
  return JSON.stringify({
    type: 'urgent_appeal',
    number: input.number,
    displayNumber: formatRegistrationNumber(input.number),
    hotline: input.hotline,
    channel: input.channel,
    receivedAt: input.receivedAt,
    language: input.language,
    ...(input.contactId ? { contactId: input.contactId } : {}),
    ...(input.acknowledgeBy ? { acknowledgeBy: input.acknowledgeBy } : {}),
  });
}
