import { Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';

/** The id at `index` of a Connect ARN split on `/` (`instance/<id>`: 1; `instance/<i>/queue/<id>`: 3). */
export const connectIdOf = (arn: string, index: 1 | 3): string => Fn.select(index, Fn.split('/', arn));

export interface ConnectApiCallProps {
  /** Connect API action called on create and update, e.g. `AssociatePhoneNumberContactFlow`. */
  readonly action: string;
  readonly parameters: Record<string, unknown>;
  /** Undoes the call when the resource is deleted. */
  readonly undo: { readonly action: string; readonly parameters: Record<string, unknown> };
  /** Every resource the two actions touch, by ARN: the provider may call them on nothing else. */
  readonly resources: readonly string[];
  /** Stable physical id of what the call sets up. */
  readonly physicalId: string;
}

/**
 * A Connect setting CloudFormation has no property for (a phone number's flow, a queue's quick connects),
 * made by calling the Connect API from a custom resource. Least privilege: exactly the two actions, on the
 * named ARNs. Request and response data stay out of the provider's logs.
 */
export function connectApiCall(
  scope: Construct,
  id: string,
  props: ConnectApiCallProps,
): cr.AwsCustomResource {
  const call = (action: string, parameters: Record<string, unknown>): cr.AwsSdkCall => ({
    service: 'Connect',
    action,
    parameters,
    physicalResourceId: cr.PhysicalResourceId.of(props.physicalId),
    logging: cr.Logging.withDataHidden(),
  });
  return new cr.AwsCustomResource(scope, id, {
    onCreate: call(props.action, props.parameters),
    onUpdate: call(props.action, props.parameters),
    onDelete: call(props.undo.action, props.undo.parameters),
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({
        actions: [`connect:${props.action}`, `connect:${props.undo.action}`],
        resources: [...props.resources],
      }),
    ]),
    // The SDK in the Lambda runtime has these calls; downloading another at deploy time gains nothing.
    installLatestAwsSdk: false,
  });
}
