import { describe, expect, it } from 'vitest';
import {
  call1414,
  failingLambda,
  heard,
  hotline1414,
  stepsOf,
} from '../../test/support/contact-flows/call-harness';
import { promptText } from '../prompts/manifest';

/** Russian caller, topic 1, answered by an operator who hangs up; then the survey answers. */
const surveyed = (answers: (string | undefined)[], lambdas = {}) =>
  call1414({ inputs: ['2', '1', ...answers], agentHangup: true, lambdas });

describe('1414 post-call survey', () => {
  it.each(['1', '2', '3', '4', '5'])('stores a rating of %s with the caller language', async (rating) => {
    const call = await surveyed([rating]);

    expect(call.rating).toBe(Number(rating));
    expect(stepsOf(call, 'lambda').at(-1)).toMatchObject({
      name: 'surveyRating',
      parameters: { rating, lang: 'ru' },
    });
  });

  it('tells the rating Lambda which operator took the call', async () => {
    const call = await call1414({
      inputs: ['2', '1', '4'],
      agentHangup: true,
      request: { agent: { username: 'aigerim.s', arn: `${hotline1414.instanceArn}/agent/a1` } },
    });

    expect(stepsOf(call, 'lambda').at(-1)?.parameters).toEqual({
      rating: '4',
      lang: 'ru',
      agent: 'aigerim.s',
    });
    expect(call.disconnectContact?.attributes).toMatchObject({ agent: 'aigerim.s' });
  });

  it('reads the operator from the agent attribute, empty when no whisper named one', () => {
    const save = hotline1414.flows.survey.document.Actions.find((a) => a.Identifier === 'save-rating');

    expect(save?.Parameters).toMatchObject({
      LambdaInvocationAttributes: { agent: '$.Attributes.agent' },
    });
  });

  it('sends an empty operator when the contact never reached one through the whisper', async () => {
    const call = await call1414({
      entry: 'survey',
      inputs: ['5'],
      request: { initiationMethod: 'DISCONNECT', attributes: { lang: 'ru' } },
    });

    expect(stepsOf(call, 'lambda').at(-1)?.parameters).toMatchObject({ rating: '5', agent: '' });
  });

  it('runs after the operator hangs up, as a new contact started by the disconnect', async () => {
    const call = await surveyed(['5']);

    const agent = stepsOf(call, 'agent').map((a) => a.event);
    expect(agent).toEqual(['connected', 'disconnected']);
    expect(call.disconnectContact?.contactRecord).toMatchObject({
      InitiationMethod: 'DISCONNECT',
      PreviousContactId: call.contactId,
      DisconnectReason: 'CONTACT_FLOW_DISCONNECT',
      Attributes: { lang: 'ru', topic: 'egov', agent: 'operator', surveyRating: '5' },
    });
  });

  it('asks in the caller language and says goodbye before hanging up', async () => {
    const call = await call1414({ inputs: ['3', '0', '4'], agentHangup: true });
    const said = heard(call);

    expect(said).toContain(promptText('ucc-survey-question', 'en'));
    expect(said.at(-1)).toBe(promptText('ucc-survey-thanks', 'en'));
    expect(call.steps.at(-1)).toMatchObject({ type: 'disconnect' });
  });

  it('plays the Kazakh survey from recordings', async () => {
    const call = await call1414({ inputs: ['1', '0', '5'], agentHangup: true });

    const survey = stepsOf(call, 'prompt').filter((p) => p.action === 'ask-kk');
    expect(survey).toEqual([expect.objectContaining({ language: 'kk' })]);
    expect(call.rating).toBe(5);
  });

  it('asks once more after a wrong key and stores the second answer', async () => {
    const call = await surveyed(['9', '4']);

    expect(heard(call)).toContain(promptText('ucc-survey-invalid', 'ru'));
    expect(call.rating).toBe(4);
  });

  it('records a second wrong key as declined', async () => {
    const call = await surveyed(['9', '0']);

    expect(call.rating).toBeNull();
    expect(stepsOf(call, 'lambda').at(-1)?.parameters).toEqual({
      rating: 'declined',
      lang: 'ru',
      agent: 'operator',
    });
  });

  it('records silence as declined and still thanks the caller', async () => {
    const call = await surveyed([undefined]);

    expect(call.rating).toBeNull();
    expect(stepsOf(call, 'lambda').at(-1)?.parameters.rating).toBe('declined');
    expect(heard(call).at(-1)).toBe(promptText('ucc-survey-thanks', 'ru'));
  });

  it('thanks the caller and hangs up even when the rating cannot be stored', async () => {
    const call = await surveyed(['5'], { surveyRating: failingLambda });

    expect(stepsOf(call, 'lambda').at(-1)?.error).toBe('Lambda timed out');
    expect(heard(call).at(-1)).toBe(promptText('ucc-survey-thanks', 'ru'));
    expect(call.steps.at(-1)).toMatchObject({ type: 'disconnect' });
  });

  it('does not run when the caller is still waiting for an operator', async () => {
    const call = await call1414({ inputs: ['2', '1', '5'] });

    expect(call.disconnectContact).toBeNull();
    expect(call.rating).toBeNull();
  });
});
