import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { CONTACT_ATTRIBUTES } from './contracts';
import { isSpoken, type Language, perLanguage, TTS_VOICES } from './languages';
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

/**
 * What a caller hears while waiting (CUSTOMER_QUEUE flow), in their language: Russian and English
 * callers hear how many calls are waiting (from $.Metrics.Queue.Size), Kazakh callers a recording without
 * numbers; then hold music, and the announcement again. It never ends the call.
 */
export function buildCustomerQueueFlow(options: CustomerQueueFlowOptions): FlowDocument {
  const { speaker } = options;
  const flow = new FlowBuilder(options.flowName);
  const waiting = (language: Language) => perLanguage('waiting', language);
  const announce = (language: Language) =>
    isSpoken(language) ? perLanguage('voice', language) : waiting(language);

  flow.enableLogging('start-logging', 'queue-language').compare(
    'queue-language',
    `$.Attributes.${CONTACT_ATTRIBUTES.language}`,
    options.languages.map((language) => ({ operand: language, next: announce(language) })),
    announce(options.defaultLanguage),
  );

  for (const language of options.languages) {
    const id = (name: string) => perLanguage(name, language);
    if (isSpoken(language)) {
      flow
        .setVoice(id('voice'), TTS_VOICES[language], id('metrics'))
        .loadQueueMetrics(id('metrics'), id('queue-size'), waiting(language))
        .compare(
          id('queue-size'),
          '$.Metrics.Queue.Size',
          [{ operator: 'NumberGreaterThan', operand: '0', next: id('position') }],
          waiting(language),
        )
        .say(
          id('position'),
          speaker.shared('queue-position', language, { queueSize: '$.Metrics.Queue.Size' }),
          id('hold'),
        );
    }
    flow
      .say(waiting(language), speaker.shared('queue-waiting', language), id('hold'))
      .loop(id('hold'), MUSIC_BETWEEN_ANNOUNCEMENTS, {
        again: id('music'),
        done: isSpoken(language) ? id('metrics') : waiting(language),
      })
      .say(id('music'), { PromptId: options.holdMusicPromptArn }, id('hold'));
  }
  return flow.build();
}
