import type { HotlineId } from '../../contracts/hotlines';

/** The callback offer, in the order a caller hears it. */
export const CALLBACK_PROMPT_NAMES = ['offer', 'confirm', 'enter', 'invalid', 'booked'] as const;
export type CallbackPromptName = (typeof CALLBACK_PROMPT_NAMES)[number];

interface Answerer {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

function texts(name: CallbackPromptName, who: Answerer) {
  switch (name) {
    case 'offer':
      return {
        kk:
          'Қазір күту уақыты әдеттегіден ұзағырақ. Кезектегі орныңызды сақтап, сізге кері қоңырау ' +
          'шалуымызды қаласаңыз, 1-ді басыңыз. Күте беру үшін желіде қалыңыз.',
        ru:
          'Сейчас время ожидания больше обычного. Чтобы мы перезвонили вам, сохранив вашу очередь, ' +
          'нажмите 1. Чтобы подождать, оставайтесь на линии.',
        en:
          'The wait is longer than usual right now. To be called back without losing your place in the ' +
          'queue, press 1. To keep waiting, stay on the line.',
      };
    case 'confirm':
      return {
        kk: 'Сіз қоңырау шалып тұрған нөмірге хабарласамыз. Растау үшін 1-ді, басқа нөмір енгізу үшін 2-ні басыңыз.',
        ru: 'Мы перезвоним на номер, с которого вы звоните. Чтобы подтвердить, нажмите 1. Чтобы указать другой номер, нажмите 2.',
        en: 'We will call you back on the number you are calling from. To confirm, press 1. To give another number, press 2.',
      };
    case 'enter':
      return {
        kk: 'Он таңбалы телефон нөмірін, мысалы 701 234 56 78, теріп, соңынан тор белгісін басыңыз.',
        ru: 'Введите десятизначный номер телефона, например 701 234 56 78, и нажмите решётку.',
        en: 'Please enter the ten-digit phone number, for example 701 234 56 78, followed by the hash key.',
      };
    case 'invalid':
      return {
        kk: 'Бұл Қазақстандағы телефон нөміріне ұқсамайды.',
        ru: 'Это не похоже на номер телефона в Казахстане.',
        en: 'That does not look like a phone number in Kazakhstan.',
      };
    case 'booked':
      return {
        kk: `Рақмет. Кезегіңіз келгенде ${who.kk} сізге қоңырау шалады. Сау болыңыз!`,
        ru: `Спасибо. Когда подойдёт ваша очередь, ${who.ru} вам перезвонит. До свидания!`,
        en: `Thank you. When your turn comes, ${who.en} will call you back. Goodbye!`,
      };
  }
}

/**
 * The callback offer's prompts, keyed `<prefix>-callback-<name>`, recorded in Kazakh (no Polly voice) and
 * spoken by Polly in Russian and English. Every hotline has them, so switching callback on is configuration.
 */
export function callbackPrompts<P extends string, H extends HotlineId>(prefix: P, hotline: H, who: Answerer) {
  return CALLBACK_PROMPT_NAMES.map((name) => ({
    key: `${prefix}-callback-${name}` as `${P}-callback-${CallbackPromptName}`,
    hotline,
    recording: 'kk' as const,
    texts: texts(name, who),
  }));
}
