import {
  CONTACT_ATTRIBUTES,
  FLOW_LAMBDA_SECONDS,
  type SurveyRatingParameters,
  type SurveyRatingValue,
} from '../../contracts/connect-lambdas';
import type { Language } from '../../contracts/hotlines';
import { FlowBuilder } from '../builder/flow-builder';
import type { FlowDocument } from '../builder/types';
import { HOTLINE_LANGUAGES, isSpoken, perLanguage, TTS_VOICES } from '../shared/languages';
import { Speaker } from '../shared/speaker';
import type { Ucc1414SurveyRefs } from './refs';

export const UCC_1414_SURVEY_FLOW_NAME = '1414-survey';

const RATINGS = ['1', '2', '3', '4', '5'] as const;
const LAMBDA_SECONDS = FLOW_LAMBDA_SECONDS.surveyRating;

/**
 * Post-call survey (the disconnect flow, run after the operator hangs up while the caller stays on the
 * line, as the UCC rules require): "rate the consultation from 1 to 5" in the caller's language. A wrong
 * key is asked about once more; silence or a second wrong key is stored as `declined`. The surveyRating
 * Lambda stores `{rating, lang, agent}` (`agent`: the operator's user name the agent-whisper flow kept in
 * the attributes this contact inherits); thank-you and goodbye follow whatever it answers. This is the one flow
 * that ends by hanging up: the operator is already gone.
 */
export function build1414SurveyFlow(refs: Ucc1414SurveyRefs): FlowDocument {
  const flow = new FlowBuilder(UCC_1414_SURVEY_FLOW_NAME);
  const speaker = new Speaker('ucc', refs.promptArns);
  const languages = HOTLINE_LANGUAGES['1414'];
  const lang = `$.Attributes.${CONTACT_ATTRIBUTES.language}` as const;
  const ask = (language: Language) =>
    isSpoken(language) ? perLanguage('voice', language) : perLanguage('ask', language);
  const rated = (rating: SurveyRatingValue) => `rating-${rating}`;

  flow.enableLogging('start-logging', 'survey-language').compare(
    'survey-language',
    lang,
    languages.map((language) => ({ operand: language, next: ask(language) })),
    ask('kk'),
  );

  for (const language of languages) {
    const id = (name: string) => perLanguage(name, language);
    if (isSpoken(language)) flow.setVoice(id('voice'), TTS_VOICES[language], id('ask'));
    flow
      .menu(id('ask'), speaker.play('ucc-survey-question', language), {
        keys: Object.fromEntries(RATINGS.map((rating) => [rating, rated(rating)])),
        timeoutSeconds: 8,
        onTimeout: rated('declined'),
        onInvalid: id('retry'),
        onError: rated('declined'),
      })
      .loop(id('retry'), 1, { again: id('invalid'), done: rated('declined') })
      .say(id('invalid'), speaker.play('ucc-survey-invalid', language), id('ask'));
  }

  for (const rating of [...RATINGS, 'declined'] as const) {
    flow.setAttributes(rated(rating), { [CONTACT_ATTRIBUTES.surveyRating]: rating }, 'save-rating');
  }

  flow
    .invokeLambda('save-rating', {
      functionArn: refs.surveyRatingLambdaArn,
      timeoutSeconds: LAMBDA_SECONDS,
      parameters: {
        rating: `$.Attributes.${CONTACT_ATTRIBUTES.surveyRating}`,
        lang,
        agent: `$.Attributes.${CONTACT_ATTRIBUTES.agent}`,
      } satisfies Record<keyof SurveyRatingParameters, string>,
      next: 'thanks-language',
      onError: 'thanks-language',
    })
    .compare(
      'thanks-language',
      lang,
      languages.map((language) => ({ operand: language, next: perLanguage('thanks', language) })),
      perLanguage('thanks', 'kk'),
    );
  for (const language of languages) {
    flow.say(perLanguage('thanks', language), speaker.play('ucc-survey-thanks', language), 'hang-up');
  }
  return flow.disconnect('hang-up').build();
}
