import type { ExpectedAnswer, PracticeScenario } from '../domain/scenario';

/**
 * Practice calls of 111: keys `1` kk, `2` ru, then `1` urgent (alerts the state bodies, priority queue),
 * `2` a consultation. Urgent cases expect the Urgent action, a registered appeal and the body that acts;
 * questions about state services belong on 1414 and expect the transfer to 1414 (which tells the caller
 * first, p11).
 */

const answer = (article: string, changes: Partial<ExpectedAnswer> = {}): ExpectedAnswer => ({
  article: `111-${article}`,
  referral: null,
  register: false,
  urgent: false,
  transferTo1414: false,
  ...changes,
});

const urgent = (article: string, referral: string) =>
  answer(article, { referral, register: true, urgent: true });

export const SCENARIOS_111: readonly PracticeScenario[] = [
  {
    id: '111-domestic-violence-ru',
    hotline: '111',
    language: 'ru',
    title: {
      kk: 'Тұрмыстық зорлық (шұғыл)',
      ru: 'Бытовое насилие (срочно)',
      en: 'Domestic violence (urgent)',
    },
    menu: ['2', '1'],
    topic: 'urgent',
    callerSays:
      'Муж опять поднял на меня руку, он сейчас дома и угрожает. Мне страшно, я заперлась в ванной.',
    expected: urgent('domestic-violence', 'police-102'),
  },
  {
    id: '111-child-abuse-kk',
    hotline: '111',
    language: 'kk',
    title: { kk: 'Балаға зорлық (шұғыл)', ru: 'Насилие над ребёнком (срочно)', en: 'Child abuse (urgent)' },
    menu: ['1', '1'],
    topic: 'urgent',
    callerSays: 'Көршілер баласын үнемі ұрады, қазір де бала айқайлап жылап жатыр. Не істеуім керек?',
    expected: urgent('child-abuse', 'police-102'),
  },
  {
    id: '111-psychological-help-ru',
    hotline: '111',
    language: 'ru',
    title: {
      kk: 'Өзіне қол жұмсау қаупі (шұғыл)',
      ru: 'Угроза суицида (срочно)',
      en: 'Risk of suicide (urgent)',
    },
    menu: ['2', '1'],
    topic: 'urgent',
    callerSays: 'Моя дочь-подросток написала подруге, что не хочет жить. Она сейчас закрылась в комнате.',
    expected: urgent('psychological-help', 'ambulance-103'),
  },
  {
    id: '111-school-bullying-kk',
    hotline: '111',
    language: 'kk',
    title: { kk: 'Мектептегі қорлау', ru: 'Травля в школе', en: 'Bullying at school' },
    menu: ['1', '2'],
    topic: 'consultation',
    callerSays: 'Ұлымды сыныптастары күнде қорлайды, мұғалім ештеңе істемейді. Қайда жүгінемін?',
    expected: answer('school-bullying', { referral: 'akimat-education-guardianship', register: true }),
  },
  {
    id: '111-cyberbullying-ru',
    hotline: '111',
    language: 'ru',
    title: { kk: 'Интернеттегі қорлау', ru: 'Кибербуллинг', en: 'Cyberbullying' },
    menu: ['2', '2'],
    topic: 'consultation',
    callerSays: 'Дочь травят в соцсетях, выкладывают её фото с оскорблениями. Как это остановить?',
    expected: answer('cyberbullying'),
  },
  {
    id: '111-alimony-kk',
    hotline: '111',
    language: 'kk',
    title: { kk: 'Алимент', ru: 'Алименты', en: 'Child support' },
    menu: ['1', '2'],
    topic: 'consultation',
    callerSays: 'Бұрынғы жолдасым балаға алимент төлемейді. Қалай өндіріп аламын?',
    expected: answer('alimony', { referral: 'courts' }),
  },
  {
    id: '111-divorce-ru',
    hotline: '111',
    language: 'ru',
    title: { kk: 'Ажырасу', ru: 'Развод', en: 'Divorce' },
    menu: ['2', '2'],
    topic: 'consultation',
    callerSays: 'Хотим развестись, у нас двое маленьких детей. Можно через ЗАГС или только через суд?',
    expected: answer('divorce', { referral: 'courts' }),
  },
  {
    id: '111-protective-order-ru',
    hotline: '111',
    language: 'ru',
    title: { kk: 'Қорғау нұсқамасы', ru: 'Защитное предписание', en: 'Protective order' },
    menu: ['2', '2'],
    topic: 'consultation',
    callerSays:
      'Сестра боится бывшего мужа, он её преследует. Что такое защитное предписание и кто его выдаёт?',
    expected: answer('protective-order', { referral: 'police-102' }),
  },
  {
    id: '111-women-rights-kk',
    hotline: '111',
    language: 'kk',
    title: {
      kk: 'Жүкті әйелді жұмыстан шығару',
      ru: 'Увольнение беременной',
      en: 'Dismissal during pregnancy',
    },
    menu: ['1', '2'],
    topic: 'consultation',
    callerSays: 'Жүкті екенімді айтқаннан кейін жұмыс беруші мені жұмыстан шығарамын деп қорқытады.',
    expected: answer('women-rights', { referral: 'labour-inspection', register: true }),
  },
  {
    id: '111-appeal-status-kk',
    hotline: '111',
    language: 'kk',
    title: { kk: 'Өтініш мәртебесі', ru: 'Статус обращения', en: 'Appeal status' },
    menu: ['1', '2'],
    topic: 'consultation',
    callerSays:
      'Өткен аптада 111-ге өтініш қалдырдым, бірақ нөмірін жазып алмаппын. Не болғанын қалай білемін?',
    expected: answer('appeal-status'),
  },
  {
    id: '111-transfer-egov-ru',
    hotline: '111',
    language: 'ru',
    title: {
      kk: 'egov.kz сұрағы: 1414-ке ауыстыру',
      ru: 'Вопрос по egov.kz: перевод на 1414',
      en: 'egov.kz question: transfer to 1414',
    },
    menu: ['2', '2'],
    topic: 'consultation',
    callerSays: 'Подскажите, как восстановить пароль на egov.kz? Мне нужна справка для детского сада.',
    expected: answer('where-to-turn', { transferTo1414: true }),
  },
  {
    id: '111-transfer-pension-kk',
    hotline: '111',
    language: 'kk',
    title: {
      kk: 'Зейнетақы сұрағы: 1414-ке ауыстыру',
      ru: 'Вопрос о пенсии: перевод на 1414',
      en: 'Pension question: transfer to 1414',
    },
    menu: ['1', '2'],
    topic: 'consultation',
    callerSays: 'Анама жасы бойынша зейнетақы ресімдеу керек. Қандай құжаттар қажет?',
    expected: answer('where-to-turn', { transferTo1414: true }),
  },
];
