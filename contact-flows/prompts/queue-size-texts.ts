import type { HotlineId, Language } from '../../contracts/hotlines';

/**
 * Polly has no Kazakh voice, so a Kazakh caller cannot be told "{queueSize} calls are waiting" with a live
 * number. Instead the voice artist records one sentence per count up to `QUEUE_SIZE_SAID_UP_TO`, and one for
 * more than that; the customer-queue flow picks the recording from `$.Metrics.Queue.Size`.
 * Russian and English callers hear the live number from Polly (`<prefix>-queue-position`).
 */
export const QUEUE_SIZE_SAID_UP_TO = 5;
export const QUEUE_SIZE_STEPS = ['1', '2', '3', '4', '5', 'more'] as const;
export type QueueSizeStep = (typeof QUEUE_SIZE_STEPS)[number];

const KAZAKH_COUNTS: Readonly<Record<Exclude<QueueSizeStep, 'more'>, string>> = {
  '1': 'бір',
  '2': 'екі',
  '3': 'үш',
  '4': 'төрт',
  '5': 'бес',
};

function texts(
  step: QueueSizeStep,
  answerer: { ru: string; en: string },
): Readonly<Record<Language, string>> {
  if (step === 'more') {
    return {
      kk: 'Кезекте бестен астам қоңырау күтіп тұр. Желіден шықпаңыз.',
      ru: `Звонков в очереди: больше пяти. Пожалуйста, оставайтесь на линии, ${answerer.ru} скоро ответит.`,
      en: `Callers waiting in the queue: more than five. Please stay on the line, ${answerer.en} will answer you shortly.`,
    };
  }
  return {
    kk: `Кезекте күтіп тұрған қоңыраулар саны: ${KAZAKH_COUNTS[step]}. Желіден шықпаңыз.`,
    ru: `Звонков в очереди: ${step}. Пожалуйста, оставайтесь на линии, ${answerer.ru} скоро ответит.`,
    en: `Callers waiting in the queue: ${step}. Please stay on the line, ${answerer.en} will answer you shortly.`,
  };
}

/** One recorded Kazakh prompt per queue size step, keyed `<prefix>-queue-size-<1..5|more>`. */
export function queueSizePrompts<P extends string, H extends HotlineId>(
  prefix: P,
  hotline: H,
  answerer: { readonly ru: string; readonly en: string },
) {
  return QUEUE_SIZE_STEPS.map((step) => ({
    key: `${prefix}-queue-size-${step}` as `${P}-queue-size-${QueueSizeStep}`,
    hotline,
    recording: 'kk' as const,
    texts: texts(step, answerer),
  }));
}
