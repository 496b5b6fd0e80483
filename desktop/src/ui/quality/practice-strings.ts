import { useI18n } from '../../i18n';

/**
 * The words of a practice call played through the flow simulator, in the desktop's three languages. Kept apart
 * from the quality table so the practice call's words travel together; English names are what tests look for.
 */
export interface PracticeCallStrings {
  readonly ringing: string;
  readonly accept: string;
  readonly talking: string;
  readonly hangUp: string;
  readonly ended: string;
  readonly missed: string;
  readonly done: string;
  readonly throughFlow: string;
  readonly callerLine: string;
  readonly urgentFlag: string;
  readonly textOnly: string;
  readonly notRecorded: string;
  readonly busy: string;
}

const en: PracticeCallStrings = {
  ringing: 'Practice call ringing',
  accept: 'Accept practice call',
  talking: 'Practice call',
  hangUp: 'Hang up and score',
  ended: 'Practice call ended',
  missed: 'The caller hung up before you answered: start the scenario again.',
  done: 'Done: leave after-call work',
  throughFlow: 'Came through the menu',
  callerLine: 'Caller',
  urgentFlag: 'marked urgent by the menu',
  textOnly:
    'Practice calls ring only where the flow simulator runs (the local runtime). Here the scenario is shown as text: answer it with the panels, then finish and score.',
  notRecorded:
    'Practice: the call is not recorded, not counted in statistics or scorecards, and nothing you do here registers an appeal or alerts anyone.',
  busy: 'Finish your current call first.',
};

const ru: PracticeCallStrings = {
  ringing: 'Звонит тренировочный звонок',
  accept: 'Принять тренировочный звонок',
  talking: 'Тренировочный звонок',
  hangUp: 'Завершить и оценить',
  ended: 'Тренировочный звонок завершён',
  missed: 'Абонент положил трубку, не дождавшись ответа: начните сценарий снова.',
  done: 'Готово: завершить работу после звонка',
  throughFlow: 'Прошёл по меню',
  callerLine: 'Абонент',
  urgentFlag: 'меню отметило как срочный',
  textOnly:
    'Тренировочные звонки идут только там, где работает симулятор потоков (локальная среда). Здесь сценарий показан текстом: ответьте с помощью панелей и завершите оценкой.',
  notRecorded:
    'Тренировка: звонок не записывается, не входит в статистику и карточки оценки, здесь ничего не регистрируется и никто не оповещается.',
  busy: 'Сначала завершите текущий звонок.',
};

const kk: PracticeCallStrings = {
  ringing: 'Жаттығу қоңырауы келіп тұр',
  accept: 'Жаттығу қоңырауын қабылдау',
  talking: 'Жаттығу қоңырауы',
  hangUp: 'Аяқтау және бағалау',
  ended: 'Жаттығу қоңырауы аяқталды',
  missed: 'Абонент жауап күтпей тұтқаны қойды: сценарийді қайта бастаңыз.',
  done: 'Дайын: қоңыраудан кейінгі жұмысты аяқтау',
  throughFlow: 'Мәзір арқылы өтті',
  callerLine: 'Абонент',
  urgentFlag: 'мәзір шұғыл деп белгіледі',
  textOnly:
    'Жаттығу қоңыраулары тек ағын симуляторы жұмыс істейтін жерде (жергілікті орта) келеді. Мұнда сценарий мәтін түрінде: панельдермен жауап беріп, бағалаумен аяқтаңыз.',
  notRecorded:
    'Жаттығу: қоңырау жазылмайды, статистикаға және бағалау карточкаларына кірмейді, мұнда ештеңе тіркелмейді және ешкім хабардар етілмейді.',
  busy: 'Алдымен ағымдағы қоңырауды аяқтаңыз.',
};

const TABLES = { en, ru, kk } as const;

/** The practice call's strings of the interface language. */
export function usePracticeCallStrings(): PracticeCallStrings {
  return TABLES[useI18n().lang];
}
