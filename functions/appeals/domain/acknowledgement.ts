import type { HotlineId, Language } from '../../../contracts/hotlines';
import { formatAlmaty, parseInstant } from '../../sla/domain/almaty-time';
import { formatRegistrationNumber } from './registration-number';

/**
 * The e-mail that tells an applicant their appeal is registered: its number, when the answer is due
 * and how to follow up. It quotes nothing of the incoming message, not even its subject, so a forged
 * sender cannot use the hotline to relay text to someone else. For a confidential hotline (111) the
 * subject does not name the hotline, because a shared mailbox may be read by the person the appeal is
 * about, and the text says how the applicant's data is kept and where to call in danger.
 */

export interface AcknowledgementInput {
  readonly number: string;
  /** Its short number is the phone number to call about the appeal. */
  readonly hotline: HotlineId;
  /** The hotline's display name per language, as configured. */
  readonly hotlineName: Readonly<Partial<Record<Language, string>>>;
  /** ISO-8601 instant the answer is due. */
  readonly deadline: string;
  /** Languages to write in, in order; several make one message with a section per language (see `acknowledgementLanguages`). */
  readonly languages: readonly Language[];
  /** The hotline's `confidentiality` setting: adds the confidentiality and danger notes and keeps its name out of the subject. */
  readonly confidential: boolean;
}

export interface Acknowledgement {
  readonly subject: string;
  readonly text: string;
  /** RFC 3834 marks, so that out-of-office replies and other robots do not answer it (no mail loops). */
  readonly headers: Readonly<Record<string, string>>;
}

export const ACKNOWLEDGEMENT_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
};

interface Wording {
  readonly subject: (number: string) => string;
  readonly greeting: string;
  readonly registered: string;
  readonly numberLabel: string;
  readonly deadline: (when: string) => string;
  readonly howToAdd: string;
  readonly howToAsk: (phone: string) => string;
  readonly confidentiality: string;
  readonly danger: string;
  readonly automatic: string;
  readonly signOff: string;
}

const WORDING: Readonly<Record<Language, Wording>> = {
  kk: {
    subject: (number) => `№ ${number} өтініш тіркелді`,
    greeting: 'Сәлеметсіз бе!',
    registered: 'Өтінішіңіз тіркелді.',
    numberLabel: 'Тіркеу нөмірі',
    deadline: (when) => `Жауап беру мерзімі: ${when} (Астана уақыты)`,
    howToAdd: 'Өтінішіңізді толықтыру үшін осы хатқа жауап жазыңыз; тақырыптағы тіркеу нөмірін өзгертпеңіз.',
    howToAsk: (phone) =>
      `Өтінішіңіздің қаралу барысын білу үшін ${phone} нөміріне қоңырау шалып, тіркеу нөмірін айтыңыз.`,
    confidentiality:
      'Өтінішіңіз құпия сақталады: деректеріңіз тек өтінішті қарау үшін пайдаланылады және мәселені ' +
      'шешуге көмектесетін мемлекеттік органдарға ғана беріледі.',
    danger: 'Өміріңізге немесе денсаулығыңызға қауіп төнсе, дереу 112 нөміріне қоңырау шалыңыз.',
    automatic: 'Бұл хат автоматты түрде жіберілді.',
    signOff: 'Құрметпен,',
  },
  ru: {
    subject: (number) => `Обращение № ${number} зарегистрировано`,
    greeting: 'Здравствуйте!',
    registered: 'Ваше обращение зарегистрировано.',
    numberLabel: 'Регистрационный номер',
    deadline: (when) => `Срок ответа: до ${when} (время Астаны)`,
    howToAdd: 'Чтобы дополнить обращение, ответьте на это письмо, не меняя номер в теме.',
    howToAsk: (phone) =>
      `Чтобы узнать, как идёт рассмотрение, позвоните по номеру ${phone} и назовите регистрационный номер.`,
    confidentiality:
      'Мы сохраняем конфиденциальность обращения: ваши данные используются только для его рассмотрения ' +
      'и передаются лишь государственным органам, которые помогают решить вопрос.',
    danger: 'Если вашей жизни или здоровью угрожает опасность, немедленно звоните 112.',
    automatic: 'Это письмо отправлено автоматически.',
    signOff: 'С уважением,',
  },
  en: {
    subject: (number) => `Your appeal No. ${number} has been registered`,
    greeting: 'Hello,',
    registered: 'Your appeal has been registered.',
    numberLabel: 'Registration number',
    deadline: (when) => `Answer due by: ${when} (Astana time, UTC+5)`,
    howToAdd: 'To add to your appeal, reply to this e-mail and keep the number in the subject line.',
    howToAsk: (phone) =>
      `To ask how your appeal is progressing, call ${phone} and give the registration number.`,
    confidentiality:
      'Your appeal is confidential: your details are used only to handle it and are shared only with ' +
      'the public bodies that help resolve it.',
    danger: 'If your life or health is in danger, call 112 immediately.',
    automatic: 'This message was sent automatically.',
    signOff: 'Kind regards,',
  },
};

const SECTION_SEPARATOR = '\n\n――――――――――\n\n';

/** `25.11.2026 23:59`: the deadline as a wall-clock time in Kazakhstan (UTC+5 everywhere since 2024). */
export function formatDeadline(deadline: string): string {
  const almaty = formatAlmaty(parseInstant(deadline));
  return `${almaty.slice(8, 10)}.${almaty.slice(5, 7)}.${almaty.slice(0, 4)} ${almaty.slice(11, 16)}`;
}

/**
 * The languages to acknowledge in: the appeal's own language when the hotline works in it, otherwise
 * every language of the hotline (an English letter to 111, which works in Kazakh and Russian, is
 * acknowledged in both).
 */
export function acknowledgementLanguages(
  detected: Language,
  hotlineLanguages: readonly Language[],
): Language[] {
  return hotlineLanguages.includes(detected) ? [detected] : [...hotlineLanguages];
}

/** Subject, plain-text body and headers of the acknowledgement. */
export function acknowledgementEmail(input: AcknowledgementInput): Acknowledgement {
  const languages: readonly Language[] = input.languages.length > 0 ? input.languages : ['kk', 'ru'];
  const number = formatRegistrationNumber(input.number);
  const subject = languages.map((language) => WORDING[language].subject(number)).join(' / ');
  return {
    subject: input.confidential ? subject : `${subject} — ${nameIn(input.hotlineName, languages[0]!)}`,
    text: languages.map((language) => section(input, language, number)).join(SECTION_SEPARATOR),
    headers: ACKNOWLEDGEMENT_HEADERS,
  };
}

function section(input: AcknowledgementInput, language: Language, number: string): string {
  const words = WORDING[language];
  const notes = input.confidential ? [words.confidentiality, words.danger] : [];
  const paragraphs = [
    words.greeting,
    [
      words.registered,
      `${words.numberLabel}: ${number}`,
      words.deadline(formatDeadline(input.deadline)),
    ].join('\n'),
    [words.howToAdd, words.howToAsk(input.hotline)].join('\n'),
    ...notes,
    words.automatic,
    `${words.signOff}\n${nameIn(input.hotlineName, language)}`,
  ];
  return paragraphs.join('\n\n');
}

function nameIn(names: AcknowledgementInput['hotlineName'], language: Language): string {
  return names[language] ?? names.ru ?? names.kk ?? names.en ?? '';
}
