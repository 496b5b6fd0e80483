import { Annotations, type CfnElement, CustomResource, Duration, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import { QoldauFunction } from '../core/qoldau-function';

/**
 * Regions where SES receives mail (AWS General Reference, SES endpoints, as of January 2024): elsewhere the
 * rule set is created but no mail arrives. Check the live table before choosing a new region.
 */
export const SES_RECEIVING_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-northeast-1',
  'ca-central-1',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
];

export interface SharedReceiptRuleSetProps {
  readonly config: HotlineConfig;
}

/**
 * The SES receipt rule set this hotline adds its rule to, shared with every other hotline and stage in the
 * account and region (`config.email.receiptRuleSet`): SES keeps one active rule set per account and region,
 * and CloudFormation has no resource that activates one. A custom resource creates and activates the rule
 * set only when needed and fails the deployment, naming the fix, when another one is active; on stack
 * deletion (after the stack's rule is gone) it deactivates and deletes the rule set only when it is ours
 * and no rule uses it any more. See `functions/mail-receiving/domain/rule-set-plan.ts`.
 */
export class SharedReceiptRuleSet extends Construct {
  public readonly ruleSet: ses.IReceiptRuleSet;
  public readonly resource: CustomResource;

  constructor(scope: Construct, id: string, props: SharedReceiptRuleSetProps) {
    super(scope, id);
    const { config } = props;
    const { name, managed } = config.email.receiptRuleSet;
    const region = Stack.of(this).region;
    if (!SES_RECEIVING_REGIONS.includes(region)) {
      Annotations.of(this).addWarningV2(
        'qoldau:ses-receiving-region',
        `Hotline ${config.id} deploys to ${region}, which was not an SES mail-receiving region when this list was written ` +
          `(${SES_RECEIVING_REGIONS.join(', ')}): check the SES endpoints table, or deploy to one of these.`,
      );
    }
    const handler = new QoldauFunction(this, 'Handler', {
      entry: 'functions/mail-receiving/rule-set-handler.ts',
      config,
      description: 'Deployments only: creates, activates and retires the shared SES receipt rule set',
      timeout: Duration.seconds(30),
    });
    handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'ses:DescribeActiveReceiptRuleSet',
          'ses:DescribeReceiptRuleSet',
          ...(managed
            ? ['ses:CreateReceiptRuleSet', 'ses:SetActiveReceiptRuleSet', 'ses:DeleteReceiptRuleSet']
            : []),
        ],
        resources: ['*'],
      }),
    );
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'SES receipt rule set actions support no resource-level permissions.',
    });
    const provider = new cr.Provider(this, 'Provider', { onEventHandler: handler });
    const stack = Stack.of(this);
    const handlerId = stack.resolve(stack.getLogicalId(handler.node.defaultChild as CfnElement)) as string;
    Validations.of(provider).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'CDK’s own custom-resource provider framework; it runs only during deployments and writes its logs.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${handlerId}.Arn>:*]`,
        reason: 'The provider framework invokes every version of its one handler.',
      },
      {
        id: 'AwsSolutions-L1',
        reason: 'CDK’s provider framework pins its own runtime; it runs only during deployments.',
      },
    );
    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::SesReceiptRuleSet',
      properties: { RuleSetName: name, Managed: String(managed) },
    });
    // Through the resource's attribute, so each rule is created after the rule set and deleted before it.
    this.ruleSet = ses.ReceiptRuleSet.fromReceiptRuleSetName(
      this,
      'RuleSet',
      this.resource.getAttString('RuleSetName'),
    );
  }
}
