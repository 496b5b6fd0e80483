import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import type { PromptKey } from '../prompts/manifest';
import { QUEUE_SIZE_SAID_UP_TO, QUEUE_SIZE_STEPS, type QueueSizeStep } from '../prompts/queue-size-texts';
import { isSpoken, perLanguage, TTS_VOICES } from './languages';
import type { Speaker } from './speaker';

export interface CustomerQueueFlowOptions {
  readonly flowName: string;
  readonly languages: readonly Language[];
  readonly defaultLanguage: Language;
  readonly speaker: Speaker;
  readonly holdMusicPromptArn: string;
}

/** Hold-music pieces between two announcements. */
const MUSIC_BETWEEN_ANNOUNCEMENTS = 3;

const QUEUE_SIZE = '$.Metrics.Queue.Size';

/**
 * What a caller hears while waiting (CUSTOMER_QUEUE flow), in their language: how many calls are waiting
 * (from $.Metrics.Queue.Size; Russian and English from Polly with the live number, Kazakh from the recording
 * for that count, 1 to 5 or "more than five"), or only "please stay on the line" when the count is unknown;
 * then hold music, and the announcement again. It never ends the call.
 */
export function buildCustomerQueueFlow(options: CustomerQueueFlowOptions): FlowDocument {
  const { speaker } = options;
  const flow = new FlowBuilder(options.flowName);
  const waiting = (language: Language) => perLanguage('waiting', language);
  const announce = (language: Language) => perLanguage(isSpoken(language) ? 'voice' : 'metrics', language);

  flow.enableLogging('start-logging', 'queue-language').compare(
    'queue-language',
    `$.Attributes.${CONTACT_ATTRIBUTES.language}`,
    options.languages.map((language) => ({ operand: language, next: announce(language) })),
    announce(options.defaultLanguage),
  );

  for (const language of options.languages) {
    const id = (name: string) => perLanguage(name, language);
    const spoken = isSpoken(language);
    if (spoken) flow.setVoice(id('voice'), TTS_VOICES[language], id('metrics'));
    flow.loadQueueMetrics(id('metrics'), id('queue-size'), waiting(language));
    if (spoken) {
      flow
        .compare(
          id('queue-size'),
          QUEUE_SIZE,
          [{ operator: 'NumberGreaterThan', operand: '0', next: id('position') }],
          waiting(language),
        )
        .say(
          id('position'),
          speaker.shared('queue-position', language, { queueSize: QUEUE_SIZE }),
          id('hold'),
        );
    } else {
      // No Polly voice: one recording per count, then one for "more than five".
      const step = (s: QueueSizeStep) => id(`queue-size-${s}`);
      flow.compare(
        id('queue-size'),
        QUEUE_SIZE,
        [
          ...QUEUE_SIZE_STEPS.filter((s) => s !== 'more').map((s) => ({ operand: s, next: step(s) })),
          { operator: 'NumberGreaterThan', operand: String(QUEUE_SIZE_SAID_UP_TO), next: step('more') },
        ],
        waiting(language),
      );
      for (const s of QUEUE_SIZE_STEPS) {
        const key = `${speaker.prefix}-queue-size-${s}` as PromptKey;
        flow.say(step(s), speaker.play(key, language), id('hold'));
      }
    }
    flow
      .say(waiting(language), speaker.shared('queue-waiting', language), id('hold'))
      .loop(id('hold'), MUSIC_BETWEEN_ANNOUNCEMENTS, { again: id('music'), done: id('metrics') })
      .say(id('music'), { PromptId: options.holdMusicPromptArn }, id('hold'));
  }
  return flow.build();
}
