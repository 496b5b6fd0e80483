import type { Lang } from '../../i18n';

/**
 * The staffing heat map's words in Kazakh, Russian and English. Kept beside the component rather than in the
 * shared string table so the capability's words travel together; the English names are what tests look for.
 */
export interface StaffingStrings {
  readonly title: string;
  /** Names the scrolling table for assistive technology. */
  readonly table: string;
  readonly caption: (target: number, from: string, to: string) => string;
  readonly weekdays: readonly [string, string, string, string, string, string, string];
  readonly hour: string;
  readonly day: string;
  readonly now: string;
  readonly neededNow: string;
  readonly loggedInNow: string;
  readonly shortBy: (count: number) => string;
  readonly enough: string;
  readonly cell: (needed: number, calls: number, loggedIn: number | null) => string;
  readonly week: (onPhones: number, roster: number, shrinkagePercent: number) => string;
  readonly noPlan: string;
}

const en: StaffingStrings = {
  title: 'Staffing: operators needed per hour',
  table: 'Operators needed, hours of the week',
  caption: (target, from, to) =>
    `Operators needed on the phones per hour of the week (Almaty time) for an average wait of at most ${target} s, from the calls of ${from} to ${to}`,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  hour: 'Hour',
  day: 'Day',
  now: 'now',
  neededNow: 'Needed this hour',
  loggedInNow: 'Operators logged in',
  shortBy: (count) => `short by ${count}`,
  enough: 'enough',
  cell: (needed, calls, loggedIn) =>
    `${needed} needed, ${calls.toFixed(1)} calls an hour${loggedIn === null ? '' : `, ${loggedIn} logged in now`}`,
  week: (onPhones, roster, shrinkage) =>
    `Week: ${onPhones} operator-hours on the phones, ${roster} to roster with ${shrinkage} % shrinkage.`,
  noPlan: 'No staffing plan yet',
};

const ru: StaffingStrings = {
  title: 'Штат: сколько операторов нужно в каждый час',
  table: 'Нужно операторов, часы недели',
  caption: (target, from, to) =>
    `Операторов на линии по часам недели (время Алматы) для среднего ожидания не более ${target} с, по звонкам с ${from} по ${to}`,
  weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
  hour: 'Час',
  day: 'День',
  now: 'сейчас',
  neededNow: 'Нужно в этот час',
  loggedInNow: 'Операторов в системе',
  shortBy: (count) => `не хватает ${count}`,
  enough: 'достаточно',
  cell: (needed, calls, loggedIn) =>
    `нужно ${needed}, ${calls.toFixed(1)} звонков в час${loggedIn === null ? '' : `, в системе сейчас ${loggedIn}`}`,
  week: (onPhones, roster, shrinkage) =>
    `Неделя: ${onPhones} операторо-часов на линии, ${roster} в график с учётом потерь ${shrinkage} %.`,
  noPlan: 'Плана пока нет',
};

const kk: StaffingStrings = {
  title: 'Штат: әр сағатта қанша оператор керек',
  table: 'Керек операторлар, апта сағаттары',
  caption: (target, from, to) =>
    `Апта сағаттары бойынша желідегі операторлар (Алматы уақыты), орташа күту ${target} с аспауы үшін, ${from} – ${to} қоңыраулары бойынша`,
  weekdays: ['Дс', 'Сс', 'Ср', 'Бс', 'Жм', 'Сб', 'Жс'],
  hour: 'Сағат',
  day: 'Күн',
  now: 'қазір',
  neededNow: 'Осы сағатта керек',
  loggedInNow: 'Жүйедегі операторлар',
  shortBy: (count) => `${count} жетпейді`,
  enough: 'жеткілікті',
  cell: (needed, calls, loggedIn) =>
    `${needed} керек, сағатына ${calls.toFixed(1)} қоңырау${loggedIn === null ? '' : `, қазір жүйеде ${loggedIn}`}`,
  week: (onPhones, roster, shrinkage) =>
    `Апта: желіде ${onPhones} оператор-сағат, ${shrinkage} % шығынмен кестеге ${roster}.`,
  noPlan: 'Әзірге жоспар жоқ',
};

export const STAFFING_STRINGS: Record<Lang, StaffingStrings> = { kk, ru, en };
