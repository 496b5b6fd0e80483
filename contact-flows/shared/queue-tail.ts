import type { Language } from '../../contracts/hotlines';
import type { FlowBuilder } from '../builder/flow-builder';
import type { EventHookName } from '../builder/types';
import { addCallbackOffer, type CallbackOffer, callbackOfferEntry } from './callback-offer';
import { perLanguage } from './languages';
import type { Speaker } from './speaker';

export interface QueueTailOptions {
  readonly language: Language;
  readonly speaker: Speaker;
  readonly queueArn: string;
  /**
   * Flows to attach before queuing: CustomerRemaining (survey), CustomerQueue (what the caller hears while
   * waiting), AgentWhisper (runs when the operator accepts the call).
   */
  readonly hooks: Partial<Record<EventHookName, string>>;
  /** Offer a callback instead of waiting when the queue is slow. @default no offer */
  readonly callback?: CallbackOffer;
}

/** The order hooks are set in, and the name of each one's action (`hook-<name>[-<language>]`). */
export const HOOK_ACTION_NAMES: Readonly<Record<EventHookName, string>> = {
  CustomerRemaining: 'hook-survey',
  CustomerQueue: 'hook-queue',
  AgentWhisper: 'hook-whisper',
};
const HOOK_ORDER = Object.keys(HOOK_ACTION_NAMES) as EventHookName[];

/** Where callers enter the tail: with the "connecting, this call is recorded" notice, or straight to the queue. */
export const queueTailEntry = {
  withNotice: (language: Language) => perLanguage('connecting', language),
  direct: (language: Language) => perLanguage('queue', language),
};

/**
 * The way to an operator in one language:
 * `connecting-<l>` -> `queue-<l>` (set working queue) -> hooks -> [callback offer] -> `to-queue-<l>`.
 * The hooks come before the offer so a booked callback contact carries them too (survey, whisper).
 * A full queue or any failure plays "all operators are busy" and tries again, so the caller is never dropped.
 */
export function addQueueTail(flow: FlowBuilder, options: QueueTailOptions): void {
  const { language, speaker } = options;
  const id = (name: string) => perLanguage(name, language);
  const hooks = HOOK_ORDER.flatMap((hook) => {
    const flowArn = options.hooks[hook];
    return flowArn === undefined ? [] : [{ hook, flowArn, id: id(HOOK_ACTION_NAMES[hook]) }];
  });
  const beforeTransfer = options.callback === undefined ? id('to-queue') : callbackOfferEntry(language);
  const afterQueueSet = hooks[0]?.id ?? beforeTransfer;

  flow
    .say(id('connecting'), speaker.shared('connecting', language), id('queue'))
    .setQueue(id('queue'), options.queueArn, afterQueueSet, id('busy'));
  hooks.forEach((h, index) => {
    // A hook that cannot be set must not keep the caller from an operator.
    flow.setEventHook(h.id, h.hook, h.flowArn, hooks[index + 1]?.id ?? beforeTransfer);
  });
  if (options.callback !== undefined) {
    addCallbackOffer(flow, {
      language,
      speaker,
      queueArn: options.queueArn,
      offer: options.callback,
      wait: id('to-queue'),
    });
  }
  flow
    .transferToQueue(id('to-queue'), { onAtCapacity: id('busy'), onError: id('busy') })
    .say(id('busy'), speaker.shared('operators-busy', language), id('queue'));
}
