import type { EvaluationForm, FormQuestion, FormSection } from './form';
import { validateForm } from './form';

/**
 * The evaluation forms in force. A change is a new version appended here with its `effectiveFrom` day;
 * versions already used are never edited (an evaluation names the version it was scored against).
 * Questions follow the 1414 rules (greeting, correct information, referral to the competent body p10,
 * notice before a transfer p11, registration) and add, for 111, confidentiality and urgent escalation.
 */

const greeting: FormQuestion = {
  id: 'greeting-language',
  kind: 'yesNo',
  weight: 2,
  allowNa: false,
  text: {
    kk: 'Қоңырау шалушыны ол таңдаған тілде сәлемдесіп, өзін таныстырды',
    ru: 'Поприветствовал абонента на выбранном им языке и представился',
    en: 'Greeted the caller in the language they chose and gave their name',
  },
};

const correctInformation: FormQuestion = {
  id: 'correct-information',
  kind: 'yesNo',
  weight: 4,
  allowNa: false,
  critical: true,
  text: {
    kk: 'Білім қорынан дұрыс ақпарат берді (қате ақпарат — сыни қате)',
    ru: 'Дал верную информацию из базы знаний (неверная информация — критическая ошибка)',
    en: 'Gave correct information from the knowledge base (wrong information is a critical fail)',
  },
};

const clarity: FormQuestion = {
  id: 'clarity',
  kind: 'scale',
  weight: 2,
  allowNa: false,
  text: {
    kk: 'Түсінікті түсіндірді және абоненттің түсінгенін тексерді (1–5)',
    ru: 'Объяснил понятно и проверил, что абонент понял (1–5)',
    en: 'Explained clearly and checked the caller understood (1-5)',
  },
};

const referral: FormQuestion = {
  id: 'referral',
  kind: 'yesNo',
  weight: 3,
  allowNa: true,
  text: {
    kk: 'Мәселе құзыреттен тыс болса, құзыретті органға жіберді (10-т.)',
    ru: 'Если вопрос вне компетенции, направил в компетентный орган (п. 10)',
    en: 'Referred the caller to the competent body when the question was outside the centre’s remit (p10)',
  },
};

const transferNotice: FormQuestion = {
  id: 'transfer-notice',
  kind: 'yesNo',
  weight: 2,
  allowNa: true,
  text: {
    kk: 'Қоңырауды ауыстырар алдында абонентке ескертті (11-т.)',
    ru: 'Предупредил абонента перед переводом звонка (п. 11)',
    en: 'Told the caller before transferring the call (p11)',
  },
};

const appealRegistered: FormQuestion = {
  id: 'appeal-registered',
  kind: 'yesNo',
  weight: 3,
  allowNa: true,
  text: {
    kk: 'Өтінішті тіркеп, тіркеу нөмірін оқып берді',
    ru: 'Зарегистрировал обращение и продиктовал его номер',
    en: 'Registered the appeal and read out its number',
  },
};

const courtesy: FormQuestion = {
  id: 'courtesy',
  kind: 'scale',
  weight: 1,
  allowNa: false,
  text: {
    kk: 'Сыпайылық пен сабырлылық (1–5)',
    ru: 'Вежливость и спокойствие (1–5)',
    en: 'Courtesy and composure (1-5)',
  },
};

const confidentiality: FormQuestion = {
  id: 'confidentiality',
  kind: 'yesNo',
  weight: 3,
  allowNa: false,
  critical: true,
  text: {
    kk: 'Құпиялылықты сақтады: абоненттің деректерін жария етпеді, қажетсіз сұрамады',
    ru: 'Соблюдал конфиденциальность: не раскрывал данные абонента и не запрашивал лишнего',
    en: 'Kept confidentiality: disclosed none of the caller’s data and asked for nothing needless',
  },
};

const urgentEscalation: FormQuestion = {
  id: 'urgent-escalation',
  kind: 'yesNo',
  weight: 4,
  allowNa: true,
  critical: true,
  text: {
    kk: 'Шұғыл жағдайда мемлекеттік органдарға бірден хабарлады (шұғыл белгісі)',
    ru: 'В экстренном случае сразу оповестил госорганы (кнопка «Срочно»)',
    en: 'In an urgent case alerted the state bodies at once (Urgent)',
  },
};

const section = (id: string, title: FormSection['title'], questions: FormQuestion[]): FormSection => ({
  id,
  title,
  questions,
});

const opening = (extra: FormQuestion[] = []) =>
  section('opening', { kk: 'Қарсы алу', ru: 'Начало разговора', en: 'Opening' }, [greeting, ...extra]);
const information = section('information', { kk: 'Ақпарат', ru: 'Информация', en: 'Information' }, [
  correctInformation,
  clarity,
]);
const routing = (first: FormQuestion[] = []) =>
  section('routing', { kk: 'Бағыттау', ru: 'Маршрутизация', en: 'Referral and transfer' }, [
    ...first,
    referral,
    transferNotice,
  ]);
const closing = section('closing', { kk: 'Аяқтау', ru: 'Завершение', en: 'Closing' }, [
  appealRegistered,
  courtesy,
]);

export const EVALUATION_FORMS: readonly EvaluationForm[] = [
  validateForm({
    hotline: '1414',
    version: 1,
    effectiveFrom: '2026-01-01',
    sections: [opening(), information, routing(), closing],
  }),
  validateForm({
    hotline: '111',
    version: 1,
    effectiveFrom: '2026-01-01',
    sections: [opening([confidentiality]), information, routing([urgentEscalation]), closing],
  }),
];
