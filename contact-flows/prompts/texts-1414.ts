import { appealStatusPrompts } from './appeal-status-texts';
import { callbackPrompts } from './callback-texts';
import { queueSizePrompts } from './queue-size-texts';
import type { PromptEntry } from './types';

/** Everything callers of the Unified Contact Center 1414 hear (kk, ru, en). */
export const ucc1414Prompts = [
  {
    key: 'ucc-language-menu',
    hotline: '1414',
    recording: 'multilingual',
    texts: {
      kk: 'Бірыңғай байланыс орталығына қош келдіңіз. Қазақ тілінде қызмет алу үшін 1-ді басыңыз.',
      ru: 'Вас приветствует Единый контакт-центр. Для обслуживания на русском языке нажмите 2.',
      en: 'Welcome to the Unified Contact Center. For service in English, press 3.',
    },
  },
  {
    key: 'ucc-main-menu',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk:
        'Мемлекеттік қызметтер және eGov.kz порталы бойынша сұрақтар үшін 1-ді басыңыз. ' +
        'Электрондық цифрлық қолтаңба бойынша 2-ні басыңыз. ' +
        'Мемлекеттік органдардың ақпараттық жүйелерін қолдау бойынша 3-ті басыңыз. ' +
        'Өтінішіңіздің мәртебесін білу үшін 4-ті басыңыз. Операторға қосылу үшін 0-ді басыңыз.',
      ru:
        'По вопросам государственных услуг и портала электронного правительства нажмите 1. ' +
        'По вопросам электронной цифровой подписи нажмите 2. ' +
        'По вопросам поддержки информационных систем государственных органов нажмите 3. ' +
        'Чтобы узнать статус обращения, нажмите 4. Чтобы связаться с оператором, нажмите 0.',
      en:
        'For state services and the egov.kz portal, press 1. For electronic digital signatures, press 2. ' +
        "For support with state bodies' information systems, press 3. " +
        'To check the status of an appeal, press 4. To speak to an operator, press 0.',
    },
  },
  {
    key: 'ucc-invalid-choice',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Мұндай таңдау жоқ. Қайталап көріңіз.',
      ru: 'Такого варианта нет. Попробуйте ещё раз.',
      en: 'That is not one of the options. Please try again.',
    },
  },
  {
    key: 'ucc-appeal-number',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Өтініштің тіркеу нөмірін теріп, соңынан тор белгісін басыңыз.',
      ru: 'Введите регистрационный номер обращения и нажмите решётку.',
      en: 'Please enter the registration number of your appeal, followed by the hash key.',
    },
  },
  {
    key: 'ucc-appeal-unavailable',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Кешіріңіз, өтініштің мәртебесін қазір тексеру мүмкін болмады. Сізді операторға қосамыз.',
      ru: 'К сожалению, сейчас не удалось проверить статус обращения. Соединяем вас с оператором.',
      en: 'Sorry, we could not check the status of your appeal right now. Connecting you to an operator.',
    },
  },
  ...appealStatusPrompts('ucc', '1414'),
  {
    key: 'ucc-after-status',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Басты мәзірге оралу үшін 1-ді басыңыз. Басқа нөмірді енгізу үшін 2-ні басыңыз. Операторға қосылу үшін 0-ді басыңыз.',
      ru: 'Чтобы вернуться в главное меню, нажмите 1. Чтобы ввести другой номер, нажмите 2. Чтобы связаться с оператором, нажмите 0.',
      en: 'To return to the main menu, press 1. To enter another number, press 2. To speak to an operator, press 0.',
    },
  },
  {
    key: 'ucc-connecting',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Қызмет көрсету сапасын бақылау үшін сөйлесу жазылады. Сізді операторға қосып жатырмыз, күте тұрыңыз.',
      ru: 'Разговор записывается для контроля качества обслуживания. Соединяем вас с оператором, пожалуйста, ожидайте.',
      en: 'This call is recorded for quality assurance. Connecting you to an operator, please hold.',
    },
  },
  {
    key: 'ucc-operators-busy',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Қазір барлық операторлар бос емес. Желіден шықпаңыз.',
      ru: 'Сейчас все операторы заняты. Пожалуйста, оставайтесь на линии.',
      en: 'All operators are busy at the moment. Please stay on the line.',
    },
  },
  {
    key: 'ucc-queue-waiting',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Желіден шықпаңыз, оператор сізге жақын арада жауап береді.',
      ru: 'Пожалуйста, оставайтесь на линии, оператор скоро ответит.',
      en: 'Please stay on the line, an operator will answer you shortly.',
    },
  },
  {
    key: 'ucc-queue-position',
    hotline: '1414',
    recording: 'none',
    texts: {
      kk: 'Кезекте күтіп тұрған қоңыраулар саны: {queueSize}. Желіден шықпаңыз.',
      ru: 'Звонков в очереди: {queueSize}. Пожалуйста, оставайтесь на линии, оператор скоро ответит.',
      en: 'Callers waiting in the queue: {queueSize}. Please stay on the line, an operator will answer you shortly.',
    },
  },
  ...queueSizePrompts('ucc', '1414', { ru: 'оператор', en: 'an operator' }),
  ...callbackPrompts('ucc', '1414', { kk: 'оператор', ru: 'оператор', en: 'an operator' }),
  {
    key: 'ucc-transfer-notice',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Қоңырауыңыз басқа маманға ауыстырылып жатыр. Желіден шықпаңыз.',
      ru: 'Ваш звонок переводится другому специалисту. Пожалуйста, оставайтесь на линии.',
      en: 'Your call is being transferred to another specialist. Please stay on the line.',
    },
  },
  {
    key: 'ucc-survey-question',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Алған кеңесіңіздің сапасын 1-ден 5-ке дейін бағалаңыз: 5 — өте жақсы, 1 — өте нашар. Бағаңызға сәйкес санды басыңыз.',
      ru: 'Пожалуйста, оцените качество консультации от 1 до 5, где 5 — отлично, а 1 — очень плохо. Нажмите соответствующую цифру.',
      en: 'Please rate the consultation from 1 to 5, where 5 is excellent and 1 is very poor. Press the matching digit.',
    },
  },
  {
    key: 'ucc-survey-invalid',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: '1-ден 5-ке дейінгі санды ғана басыңыз.',
      ru: 'Пожалуйста, нажмите цифру от 1 до 5.',
      en: 'Please press a digit from 1 to 5.',
    },
  },
  {
    key: 'ucc-survey-thanks',
    hotline: '1414',
    recording: 'kk',
    texts: {
      kk: 'Бірыңғай байланыс орталығына хабарласқаныңызға рақмет. Сау болыңыз!',
      ru: 'Спасибо, что обратились в Единый контакт-центр. До свидания!',
      en: 'Thank you for calling the Unified Contact Center. Goodbye!',
    },
  },
] as const satisfies readonly PromptEntry[];
