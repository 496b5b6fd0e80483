import type { FlowBuilder } from '../builder/flow-builder';
import type { EventHookName } from '../builder/types';
import { type Language, perLanguage } from './languages';
import type { Speaker } from './speaker';

export interface QueueTailOptions {
  readonly language: Language;
  readonly speaker: Speaker;
  readonly queueArn: string;
  /** Flows to attach before queuing: CustomerQueue (what the caller hears while waiting), CustomerRemaining (survey). */
  readonly hooks: Partial<Record<EventHookName, string>>;
}

/** Where callers enter the tail: with the "connecting, this call is recorded" notice, or straight to the queue. */
export const queueTailEntry = {
  withNotice: (language: Language) => perLanguage('connecting', language),
  direct: (language: Language) => perLanguage('queue', language),
};

/**
 * The way to an operator in one language:
 * `connecting-<l>` -> `queue-<l>` (set working queue) -> hooks -> `to-queue-<l>`.
 * A full queue or any failure plays "all operators are busy" and tries again, so the caller is never dropped.
 */
export function addQueueTail(flow: FlowBuilder, options: QueueTailOptions): void {
  const { language, speaker } = options;
  const id = (name: string) => perLanguage(name, language);
  const hookOrder: EventHookName[] = ['CustomerRemaining', 'CustomerQueue'];
  const hooks = hookOrder.flatMap((hook) => {
    const flowArn = options.hooks[hook];
    return flowArn === undefined
      ? []
      : [{ hook, flowArn, id: id(`hook-${hook === 'CustomerQueue' ? 'queue' : 'survey'}`) }];
  });
  const afterQueueSet = hooks[0]?.id ?? id('to-queue');

  flow
    .say(id('connecting'), speaker.shared('connecting', language), id('queue'))
    .setQueue(id('queue'), options.queueArn, afterQueueSet, id('busy'));
  hooks.forEach((h, index) => {
    // A hook that cannot be set must not keep the caller from an operator.
    flow.setEventHook(h.id, h.hook, h.flowArn, hooks[index + 1]?.id ?? id('to-queue'));
  });
  flow
    .transferToQueue(id('to-queue'), { onAtCapacity: id('busy'), onError: id('busy') })
    .say(id('busy'), speaker.shared('operators-busy', language), id('queue'));
}
