import type { ExpectedAnswer, PracticeScenario } from '../domain/scenario';

/**
 * Practice calls of 1414: keys `1` kk, `2` ru, `3` en, then `1` eGov, `2` EDS, `3` state information
 * systems, `0` an operator (general). Each expects a seed article and, where the centre cannot settle the
 * question itself, the competent body of the referral directory (p10).
 */

const answer = (article: string, changes: Partial<ExpectedAnswer> = {}): ExpectedAnswer => ({
  article: `1414-${article}`,
  referral: null,
  register: false,
  urgent: false,
  transferTo1414: false,
  ...changes,
});

export const SCENARIOS_1414: readonly PracticeScenario[] = [
  {
    id: '1414-egov-password-ru',
    hotline: '1414',
    language: 'ru',
    title: { kk: 'egov.kz құпиясөзі ұмытылды', ru: 'Забыт пароль egov.kz', en: 'Forgotten egov.kz password' },
    menu: ['2', '1'],
    topic: 'egov',
    callerSays: 'Здравствуйте, не могу войти в личный кабинет на egov.kz, забыл пароль. Что делать?',
    expected: answer('egov-password'),
  },
  {
    id: '1414-eds-obtain-kk',
    hotline: '1414',
    language: 'kk',
    title: { kk: 'ЭЦҚ алу', ru: 'Получение ЭЦП', en: 'Getting a digital signature' },
    menu: ['1', '2'],
    topic: 'eds',
    callerSays: 'Сәлеметсіз бе, маған электрондық цифрлық қолтаңба керек. Оны қалай аламын?',
    expected: answer('eds-obtain'),
  },
  {
    id: '1414-eds-revoke-ru',
    hotline: '1414',
    language: 'ru',
    title: { kk: 'ЭЦҚ кілті жоғалды', ru: 'Утерян ключ ЭЦП', en: 'Lost signature key' },
    menu: ['2', '2'],
    topic: 'eds',
    callerSays: 'Я потерял флешку с ключом ЭЦП. Боюсь, что им кто-то воспользуется. Как его отозвать?',
    expected: answer('eds-revoke', { referral: 'nca' }),
  },
  {
    id: '1414-ncalayer-en',
    hotline: '1414',
    language: 'en',
    title: { kk: 'NCALayer қосылмайды', ru: 'NCALayer не подключается', en: 'NCALayer does not connect' },
    menu: ['3', '2'],
    topic: 'eds',
    callerSays: 'Hello, when I try to sign on egov.kz it says NCALayer is not connected. How do I fix it?',
    expected: answer('ncalayer'),
  },
  {
    id: '1414-pension-contributions-statement-kk',
    hotline: '1414',
    language: 'kk',
    title: {
      kk: 'Зейнетақы жарналары үзінділері',
      ru: 'Выписка о пенсионных взносах',
      en: 'Pension contributions statement',
    },
    menu: ['1', '0'],
    topic: 'general',
    callerSays: 'Зейнетақы жарналарым туралы үзінді көшірмені қайдан алуға болады?',
    expected: answer('pension-contributions-statement', { referral: 'enpf' }),
  },
  {
    id: '1414-complaint-egov-ru',
    hotline: '1414',
    language: 'ru',
    title: {
      kk: 'Мемлекеттік қызмет туралы шағым',
      ru: 'Жалоба на госуслугу',
      en: 'Complaint about a state service',
    },
    menu: ['2', '1'],
    topic: 'egov',
    callerSays:
      'Мне уже второй раз отказывают в справке на egov.kz без объяснения причин. Хочу пожаловаться.',
    expected: answer('complaint-egov', { register: true }),
  },
  {
    id: '1414-criminal-record-certificate-en',
    hotline: '1414',
    language: 'en',
    title: { kk: 'Соттылық туралы анықтама', ru: 'Справка о несудимости', en: 'Criminal record certificate' },
    menu: ['3', '1'],
    topic: 'egov',
    callerSays: 'I need a certificate that I have no criminal record for a new job. Can I get it online?',
    expected: answer('criminal-record-certificate'),
  },
  {
    id: '1414-sole-proprietor-registration-kk',
    hotline: '1414',
    language: 'kk',
    title: { kk: 'ЖК тіркеу', ru: 'Регистрация ИП', en: 'Registering as a sole proprietor' },
    menu: ['1', '1'],
    topic: 'egov',
    callerSays: 'Жеке кәсіпкер ретінде тіркелгім келеді. Мұны онлайн жасауға бола ма?',
    expected: answer('sole-proprietor-registration', { referral: 'state-revenue-committee' }),
  },
  {
    id: '1414-birth-benefit-ru',
    hotline: '1414',
    language: 'ru',
    title: { kk: 'Бала туғанда берілетін жәрдемақы', ru: 'Пособие при рождении', en: 'Birth benefit' },
    menu: ['2', '0'],
    topic: 'general',
    callerSays: 'У нас родился сын. Как оформить единовременное пособие и сколько ждать выплату?',
    expected: answer('birth-benefit'),
  },
  {
    id: '1414-state-bodies-support-ru',
    hotline: '1414',
    language: 'ru',
    title: {
      kk: 'Мемлекеттік органның АЖ істемейді',
      ru: 'Сбой ИС госоргана',
      en: 'A state body’s system is down',
    },
    menu: ['2', '3'],
    topic: 'gov-is',
    callerSays:
      'Я специалист акимата, у нас с утра не открывается информационная система, не можем принимать заявки.',
    expected: answer('state-bodies-support', { referral: 'ici-operator', register: true }),
  },
  {
    id: '1414-application-status-kk',
    hotline: '1414',
    language: 'kk',
    title: { kk: 'Өтінім мәртебесі', ru: 'Статус заявки', en: 'Application status' },
    menu: ['1', '1'],
    topic: 'egov',
    callerSays: 'Бір апта бұрын egov.kz арқылы өтінім бердім. Оның мәртебесін қалай білемін?',
    expected: answer('application-status'),
  },
  {
    id: '1414-residence-registration-en',
    hotline: '1414',
    language: 'en',
    title: { kk: 'Тұрғылықты жері бойынша тіркеу', ru: 'Прописка', en: 'Residence registration' },
    menu: ['3', '1'],
    topic: 'egov',
    callerSays: 'I have moved to Astana. How do I register at my new address?',
    expected: answer('residence-registration'),
  },
];
