import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { logger } from '../shared/logger';
import { ReceiptRuleSets } from './adapters/receipt-rule-sets';
import { planDelete, planDeploy, type RuleSetRequest } from './domain/rule-set-plan';

const ruleSets = new ReceiptRuleSets();

function requestOf(properties: Record<string, unknown>): RuleSetRequest {
  const name = properties['RuleSetName'];
  if (typeof name !== 'string' || name === '') throw new Error('RuleSetName is missing');
  return { name, managed: properties['Managed'] === 'true' };
}

/**
 * The shared SES receipt rule set's custom resource (CDK provider framework `onEvent`): creates and
 * activates it when needed on deployment, deactivates and deletes it when the last hotline leaves.
 * A thrown error fails the deployment with its message, which names the fix.
 */
export async function handler(event: CloudFormationCustomResourceEvent) {
  const request = requestOf(event.ResourceProperties);
  const state = await ruleSets.state(request.name);
  const steps = event.RequestType === 'Delete' ? planDelete(request, state) : planDeploy(request, state);
  logger.info('receipt rule set', { requestType: event.RequestType, ruleSet: request.name, steps });
  await ruleSets.apply(request.name, steps);
  return { PhysicalResourceId: `ses-receipt-rule-set:${request.name}`, Data: { RuleSetName: request.name } };
}
