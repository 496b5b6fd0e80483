import { appealStatusPrompts } from './appeal-status-texts';
import { callbackPrompts } from './callback-texts';
import { queueSizePrompts } from './queue-size-texts';
import type { PromptEntry } from './types';

/**
 * Everything callers of the 111 contact center (family, women's and children's rights) hear. The line
 * works in Kazakh and Russian; the English texts are kept for reviewers and translators.
 */
export const family111Prompts = [
  {
    key: 'family-language-menu',
    hotline: '111',
    recording: 'multilingual',
    texts: {
      kk:
        'Сіз отбасы, әйелдер мен балалар құқықтарын қорғау мәселелері жөніндегі «111» байланыс орталығына ' +
        'қоңырау шалдыңыз. Қазақ тілі үшін 1-ді басыңыз.',
      ru: 'Вы позвонили в контакт-центр «111» по вопросам семьи, защиты прав женщин и детей. Для русского языка нажмите 2.',
      en:
        'You have reached the 111 contact center for family matters and the rights of women and children. ' +
        'Press 1 for Kazakh or 2 for Russian.',
    },
  },
  {
    key: 'family-main-menu',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk:
        'Баланың немесе әйелдің өміріне не денсаулығына қауіп төніп тұрса, 1-ді басыңыз. ' +
        'Отбасы, әйелдер мен балалардың құқықтары бойынша кеңес алу үшін 2-ні басыңыз. ' +
        'Өтінішіңіздің мәртебесін білу үшін 3-ті басыңыз. ' +
        'Мемлекеттік қызметтер туралы сұрақтар бойынша 4-ті басыңыз.',
      ru:
        'Если есть угроза жизни или здоровью ребёнка или женщины, нажмите 1. ' +
        'Для консультации по вопросам семьи, прав женщин и детей нажмите 2. ' +
        'Чтобы узнать статус обращения, нажмите 3. По вопросам государственных услуг нажмите 4.',
      en:
        "If a child's or a woman's life or health is in danger, press 1. " +
        'For advice on family matters and the rights of women and children, press 2. ' +
        'To check the status of an appeal, press 3. For questions about state services, press 4.',
    },
  },
  {
    key: 'family-invalid-choice',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Мұндай таңдау жоқ. Қайталап көріңіз.',
      ru: 'Такого варианта нет. Попробуйте ещё раз.',
      en: 'That is not one of the options. Please try again.',
    },
  },
  {
    key: 'family-urgent-hold',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk:
        'Қоңырауыңыз шұғыл деп белгіленді, маман сізге бірінші кезекте жауап береді. Сөйлесу жазылады. ' +
        'Желіден шықпаңыз. Қауіп дәл қазір төніп тұрса, 112 нөміріне де хабарласыңыз.',
      ru:
        'Ваш звонок отмечен как срочный, специалист ответит вам в первую очередь. Разговор записывается. ' +
        'Оставайтесь на линии. Если опасность угрожает прямо сейчас, позвоните также по номеру 112.',
      en:
        'Your call is marked as urgent and a specialist will answer you first. This call is recorded. ' +
        'Please stay on the line. If you are in danger right now, also call 112.',
    },
  },
  {
    key: 'family-connecting',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk:
        'Өтінішіңіз құпия сақталады. Сөйлесу «111» байланыс орталығының қағидаларына сәйкес жазылады. ' +
        'Сізді маманға қосып жатырмыз, күте тұрыңыз.',
      ru:
        'Ваше обращение конфиденциально. Разговор записывается в соответствии с правилами контакт-центра «111». ' +
        'Соединяем вас со специалистом, пожалуйста, ожидайте.',
      en:
        'Your call is confidential. It is recorded in line with the rules of the 111 contact center. ' +
        'Connecting you to a specialist, please hold.',
    },
  },
  {
    key: 'family-operators-busy',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Қазір барлық мамандар бос емес. Желіден шықпаңыз.',
      ru: 'Сейчас все специалисты заняты. Пожалуйста, оставайтесь на линии.',
      en: 'All specialists are busy at the moment. Please stay on the line.',
    },
  },
  {
    key: 'family-appeal-number',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Өтініштің тіркеу нөмірін теріп, соңынан тор белгісін басыңыз.',
      ru: 'Введите регистрационный номер обращения и нажмите решётку.',
      en: 'Please enter the registration number of your appeal, followed by the hash key.',
    },
  },
  {
    key: 'family-appeal-unavailable',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Кешіріңіз, өтініштің мәртебесін қазір тексеру мүмкін болмады. Сізді маманға қосамыз.',
      ru: 'К сожалению, сейчас не удалось проверить статус обращения. Соединяем вас со специалистом.',
      en: 'Sorry, we could not check the status of your appeal right now. Connecting you to a specialist.',
    },
  },
  ...appealStatusPrompts('family', '111'),
  {
    key: 'family-after-status',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Басты мәзірге оралу үшін 1-ді басыңыз. Басқа нөмірді енгізу үшін 2-ні басыңыз. Маманға қосылу үшін 0-ді басыңыз.',
      ru: 'Чтобы вернуться в главное меню, нажмите 1. Чтобы ввести другой номер, нажмите 2. Чтобы связаться со специалистом, нажмите 0.',
      en: 'To return to the main menu, press 1. To enter another number, press 2. To speak to a specialist, press 0.',
    },
  },
  {
    key: 'family-transfer-1414',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk:
        'Сіздің сұрағыңыз Бірыңғай байланыс орталығының құзыретіне жатады. ' +
        'Қоңырауыңызды 1414 нөміріне ауыстырып жатырмыз, желіден шықпаңыз.',
      ru:
        'Ваш вопрос относится к компетенции Единого контакт-центра. ' +
        'Переводим ваш звонок на номер 1414, пожалуйста, оставайтесь на линии.',
      en:
        'Your question is handled by the Unified Contact Center. ' +
        'We are transferring your call to 1414, please stay on the line.',
    },
  },
  {
    key: 'family-transfer-1414-failed',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Бірыңғай байланыс орталығымен байланысу мүмкін болмады. Сізге «111» байланыс орталығының маманы көмектеседі.',
      ru: 'Не удалось соединиться с Единым контакт-центром. Вам поможет специалист контакт-центра «111».',
      en: 'We could not reach the Unified Contact Center. A specialist of the 111 contact center will help you.',
    },
  },
  {
    key: 'family-transfer-notice',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Қоңырауыңыз басқа маманға ауыстырылып жатыр. Желіден шықпаңыз.',
      ru: 'Ваш звонок переводится другому специалисту. Пожалуйста, оставайтесь на линии.',
      en: 'Your call is being transferred to another specialist. Please stay on the line.',
    },
  },
  {
    key: 'family-queue-waiting',
    hotline: '111',
    recording: 'kk',
    texts: {
      kk: 'Желіден шықпаңыз, маман сізге жақын арада жауап береді.',
      ru: 'Пожалуйста, оставайтесь на линии, специалист скоро ответит.',
      en: 'Please stay on the line, a specialist will answer you shortly.',
    },
  },
  {
    key: 'family-queue-position',
    hotline: '111',
    recording: 'none',
    texts: {
      kk: 'Кезекте күтіп тұрған қоңыраулар саны: {queueSize}. Желіден шықпаңыз.',
      ru: 'Звонков в очереди: {queueSize}. Пожалуйста, оставайтесь на линии, специалист скоро ответит.',
      en: 'Callers waiting in the queue: {queueSize}. Please stay on the line, a specialist will answer you shortly.',
    },
  },
  ...queueSizePrompts('family', '111', { ru: 'специалист', en: 'a specialist' }),
  ...callbackPrompts('family', '111', { kk: 'маман', ru: 'специалист', en: 'a specialist' }),
] as const satisfies readonly PromptEntry[];
