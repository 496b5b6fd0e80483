import { CALLBACK_FAILED, CALLBACK_REQUESTED, CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import type { FlowBuilder } from '../builder/flow-builder';
import { perLanguage } from './languages';
import type { Speaker } from './speaker';

/**
 * A hotline's callback settings as the flows need them (from `callback` in the hotline config). Absent:
 * callers are never offered a callback.
 */
export interface CallbackOffer {
  /** Offer when the queue's expected wait is above this many seconds. */
  readonly thresholdSeconds: number;
  readonly initialDelaySeconds: number;
  /** Connect's MaximumConnectionAttempts: redials after an unanswered callback. */
  readonly retries: number;
  readonly retryDelaySeconds: number;
}

/** What Connect calls the wait figures GetMetricData loads (verify at deploy, see docs/callback-and-staffing.md). */
export const ESTIMATED_WAIT = '$.Metrics.Queue.EstimatedWaitTime';
export const OLDEST_CONTACT_AGE = '$.Metrics.Queue.OldestContactAge';

/** Kazakhstan's country code for validating a keyed-in callback number (Connect turns it into +7…). */
const CALLBACK_COUNTRY = 'KZ';

export interface CallbackOfferOptions {
  readonly language: Language;
  readonly speaker: Speaker;
  readonly queueArn: string;
  readonly offer: CallbackOffer;
  /** Where the caller goes to wait after all (declined, silent, or anything failed). */
  readonly wait: string;
}

/** The first action of the offer in one language. */
export const callbackOfferEntry = (language: Language) => perLanguage('cb-urgent', language);

/**
 * Before queuing, with the working queue set (urgent callers excepted): read the queue's figures; when the expected wait (Connect's
 * estimate, else the age of the oldest waiting call) is above the threshold, offer a callback. Pressing 1
 * asks to confirm the caller's own number (1) or key in another (2), validated as a Kazakhstan number; then
 * Connect books the callback in the same queue, the caller hears when to expect it and the call ends.
 * Anything else (silence, another key, a failure) and the caller waits in the queue as before.
 */
export function addCallbackOffer(flow: FlowBuilder, options: CallbackOfferOptions): void {
  const { language, speaker, offer, wait } = options;
  const id = (name: string) => perLanguage(name, language);
  const play = (name: 'offer' | 'confirm' | 'enter' | 'invalid' | 'booked') =>
    speaker.play(`${speaker.prefix}-callback-${name}`, language);
  const threshold = String(offer.thresholdSeconds);

  flow
    // An urgent caller (111) stays on the line at the front of the queue; a callback would only delay them.
    .compare(
      id('cb-urgent'),
      `$.Attributes.${CONTACT_ATTRIBUTES.urgent}`,
      [{ operand: 'true', next: wait }],
      id('cb-metrics'),
    )
    .loadQueueMetrics(id('cb-metrics'), id('cb-estimate'), wait)
    .compare(
      id('cb-estimate'),
      ESTIMATED_WAIT,
      [
        { operator: 'NumberGreaterThan', operand: threshold, next: id('cb-offer') },
        { operator: 'NumberGreaterOrEqualTo', operand: '0', next: wait },
      ],
      // No estimate yet (a queue without history): judge by the oldest waiting call instead.
      id('cb-oldest'),
    )
    .compare(
      id('cb-oldest'),
      OLDEST_CONTACT_AGE,
      [{ operator: 'NumberGreaterThan', operand: threshold, next: id('cb-offer') }],
      wait,
    )
    .menu(id('cb-offer'), play('offer'), {
      keys: { '1': id('cb-confirm') },
      timeoutSeconds: 5,
      onTimeout: wait,
      onInvalid: wait,
      onError: wait,
    })
    .menu(id('cb-confirm'), play('confirm'), {
      keys: { '1': id('cb-requested'), '2': id('cb-enter') },
      timeoutSeconds: 6,
      onTimeout: wait,
      onInvalid: wait,
      onError: wait,
    })
    .storePhoneNumber(id('cb-enter'), play('enter'), {
      timeoutSeconds: 10,
      countryCode: CALLBACK_COUNTRY,
      next: id('cb-number'),
      onInvalid: id('cb-invalid'),
      onError: wait,
    })
    .setCallbackNumber(id('cb-number'), '$.StoredCustomerInput', {
      next: id('cb-requested'),
      onInvalid: id('cb-invalid'),
      onError: wait,
    })
    // One more try at the number, then the caller waits in the queue rather than being dropped.
    .say(id('cb-invalid'), play('invalid'), id('cb-retry'))
    .loop(id('cb-retry'), 1, { again: id('cb-enter'), done: wait })
    .setAttributes(id('cb-requested'), { [CONTACT_ATTRIBUTES.callback]: CALLBACK_REQUESTED }, id('cb-create'))
    .createCallback(id('cb-create'), {
      queueArn: options.queueArn,
      initialDelaySeconds: offer.initialDelaySeconds,
      maxAttempts: offer.retries,
      retryDelaySeconds: offer.retryDelaySeconds,
      next: id('cb-booked'),
      onError: id('cb-failed'),
    })
    .setAttributes(id('cb-failed'), { [CONTACT_ATTRIBUTES.callback]: CALLBACK_FAILED }, wait)
    .say(id('cb-booked'), play('booked'), id('cb-goodbye'))
    .disconnect(id('cb-goodbye'));
}
