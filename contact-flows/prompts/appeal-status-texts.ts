import { APPEAL_STATUSES, type AppealStatus } from '../../contracts/connect-lambdas';
import type { HotlineId, Language } from '../../contracts/hotlines';

/** Prompt keys are ASCII with hyphens: `in_progress` becomes `in-progress`. */
type Hyphenated<S extends string> = S extends `${infer A}_${infer B}` ? `${A}-${Hyphenated<B>}` : S;
export type AppealStatusPromptSuffix = Hyphenated<AppealStatus>;

export const appealStatusPromptSuffix = (status: AppealStatus): AppealStatusPromptSuffix =>
  status.replaceAll('_', '-') as AppealStatusPromptSuffix;

const STATUS_TEXTS: Readonly<Record<AppealStatus, Readonly<Record<Language, string>>>> = {
  registered: {
    kk: 'Өтінішіңіз тіркеліп, қарауға жіберілді.',
    ru: 'Ваше обращение зарегистрировано и передано на рассмотрение.',
    en: 'Your appeal has been registered and sent for review.',
  },
  in_progress: {
    kk: 'Өтінішіңіз қазір қаралып жатыр.',
    ru: 'Ваше обращение находится на рассмотрении.',
    en: 'Your appeal is being reviewed.',
  },
  referred: {
    kk: 'Өтінішіңіз құзыретті мемлекеттік органға жолданды.',
    ru: 'Ваше обращение направлено в уполномоченный государственный орган.',
    en: 'Your appeal has been referred to the competent state body.',
  },
  answered: {
    kk: 'Өтінішіңізге жауап дайындалып, сізге жіберілді.',
    ru: 'Ответ на ваше обращение подготовлен и направлен вам.',
    en: 'An answer to your appeal has been prepared and sent to you.',
  },
  closed: {
    kk: 'Өтінішіңіз бойынша жұмыс аяқталды.',
    ru: 'Работа по вашему обращению завершена.',
    en: 'Work on your appeal has been completed.',
  },
  not_found: {
    kk: 'Бұл нөмірмен тіркелген өтініш табылмады.',
    ru: 'Обращение с таким номером не найдено.',
    en: 'No appeal with this number was found.',
  },
  invalid: {
    kk: 'Нөмір қате терілді.',
    ru: 'Номер введён неверно.',
    en: 'The number was entered incorrectly.',
  },
};

/** One recorded Kazakh prompt per status, keyed `<prefix>-appeal-status-<status>`. */
export function appealStatusPrompts<P extends string, H extends HotlineId>(prefix: P, hotline: H) {
  return APPEAL_STATUSES.map((status) => ({
    key: `${prefix}-appeal-status-${appealStatusPromptSuffix(status)}` as `${P}-appeal-status-${AppealStatusPromptSuffix}`,
    hotline,
    recording: 'kk' as const,
    texts: STATUS_TEXTS[status],
  }));
}
