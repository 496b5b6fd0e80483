import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ESTIMATED_WAIT, type FlowDocument, OLDEST_CONTACT_AGE } from '../../../contact-flows/index';
import { contactCenterStack } from '../../../test/support/infra/contact-center-stack';
import { loadConfig } from '../../config/load';
import { callbackOffer } from './connect';

/**
 * Callback instead of waiting, on what CloudFormation would deploy: 1414 offers it by default, 111 does
 * not (a call back can reach an abuser's phone), and switching it on is configuration only.
 */

type Resource = { Properties: Record<string, unknown> };

/** The synthesized inbound flow, CDK references flattened to placeholders. */
function mainFlow(template: Template, name: string): FlowDocument {
  const flows = Object.values(template.findResources('AWS::Connect::ContactFlow')) as Resource[];
  const main = flows.find((flow) => flow.Properties['Name'] === name) as Resource;
  const content = main.Properties['Content'];
  if (typeof content === 'string') return JSON.parse(content) as FlowDocument;
  const [separator, parts] = (content as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
  return JSON.parse(
    parts
      .map((part) => (typeof part === 'string' ? part : JSON.stringify(part).replaceAll('"', "'")))
      .join(separator),
  ) as FlowDocument;
}

const actionsOfType = (flow: FlowDocument, type: string) => flow.Actions.filter((a) => a.Type === type);

describe('callback configuration', () => {
  const config = loadConfig();

  it('is on for 1414 and off for 111 by default, with the 40-second target as threshold', () => {
    expect(config['1414'].callback).toMatchObject({ enabled: true, thresholdSeconds: 40 });
    expect(config['111'].callback).toMatchObject({ enabled: false });
  });

  it('reaches the flows only when enabled', () => {
    expect(callbackOffer(config['1414'])).toEqual({
      thresholdSeconds: 40,
      initialDelaySeconds: 5,
      retries: 2,
      retryDelaySeconds: 300,
    });
    expect(callbackOffer(config['111'])).toBeUndefined();
  });
});

describe('the synthesized 1414 contact center', () => {
  const template = Template.fromStack(contactCenterStack('1414').stack);
  const flow = mainFlow(template, '1414-main');

  it('reads the queue figures and books the callback in the same queue the caller chose', () => {
    const compares = actionsOfType(flow, 'Compare').map(
      (a) => (a.Parameters as { ComparisonValue: string }).ComparisonValue,
    );
    expect(compares).toEqual(expect.arrayContaining([ESTIMATED_WAIT, OLDEST_CONTACT_AGE]));

    const bookings = actionsOfType(flow, 'CreateCallbackContact');
    expect(bookings.map((a) => a.Identifier).sort()).toEqual([
      'cb-create-en',
      'cb-create-kk',
      'cb-create-ru',
    ]);
    for (const booking of bookings) {
      const language = booking.Identifier.slice(-2);
      const setQueue = flow.Actions.find(
        (a) => a.Identifier === `queue-${language}`,
      ) as FlowDocument['Actions'][number];
      expect(booking.Parameters).toMatchObject({
        QueueId: (setQueue.Parameters as { QueueId: string }).QueueId,
        InitialCallDelaySeconds: '5',
        MaximumConnectionAttempts: '2',
        RetryDelaySeconds: '300',
      });
    }
  });

  it('validates a keyed-in callback number as a Kazakhstan number', () => {
    const entries = actionsOfType(flow, 'GetParticipantInput').filter((a) =>
      a.Identifier.startsWith('cb-enter'),
    );
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.Parameters).toMatchObject({
        StoreInput: 'True',
        InputValidation: { PhoneNumberValidation: { NumberFormat: 'Local', CountryCode: 'KZ' } },
      });
    }
  });

  it('shows the configured caller ID name on every queue, which callbacks dial from', () => {
    template.resourcePropertiesCountIs(
      'AWS::Connect::Queue',
      { OutboundCallerConfig: Match.objectLike({ OutboundCallerIdName: 'UCC 1414' }) },
      3,
    );
  });
});

describe('the synthesized 111 contact center', () => {
  it('offers no callback by default', () => {
    const template = Template.fromStack(contactCenterStack('111', { urgentEscalation: true }).stack);

    expect(actionsOfType(mainFlow(template, '111-main'), 'CreateCallbackContact')).toEqual([]);
    template.resourcePropertiesCountIs(
      'AWS::Connect::Queue',
      { OutboundCallerConfig: Match.objectLike({ OutboundCallerIdName: Match.anyValue() }) },
      0,
    );
  });

  it('offers it once switched on in the configuration', () => {
    const stack = contactCenterStack('111', {
      urgentEscalation: true,
      override: { callback: { enabled: true } },
    });

    const bookings = actionsOfType(
      mainFlow(Template.fromStack(stack.stack), '111-main'),
      'CreateCallbackContact',
    );
    expect(bookings.map((a) => a.Identifier).sort()).toEqual(['cb-create-kk', 'cb-create-ru']);
  });
});
