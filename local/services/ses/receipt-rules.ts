import type { HotlineId } from '../../../contracts/hotlines';
import type { LocalContext } from '../../context';
import { resourcesOfType } from '../../template-model';

/** A receipt rule of a synthesized template, as the local SES stand-in applies it. */
export interface LocalReceiptRule {
  readonly hotline: HotlineId;
  readonly ruleName: string;
  readonly recipients: readonly string[];
  readonly scanEnabled: boolean;
  readonly s3?: { readonly bucket: string; readonly prefix: string };
  readonly lambda?: { readonly functionArn: string; readonly invocationType: string };
}

interface RuleAction {
  readonly S3Action?: { readonly BucketName?: unknown; readonly ObjectKeyPrefix?: unknown };
  readonly LambdaAction?: { readonly FunctionArn?: unknown; readonly InvocationType?: unknown };
}

/** Every `AWS::SES::ReceiptRule` of every hotline's template, with its actions resolved to local names. */
export function readReceiptRules(context: LocalContext): LocalReceiptRule[] {
  const rules: LocalReceiptRule[] = [];
  for (const [hotline, { model, names }] of context.stacks) {
    for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::SES::ReceiptRule')) {
      const rule = (names.resolve(resource.Properties?.['Rule']) ?? {}) as {
        Name?: string;
        Recipients?: string[];
        ScanEnabled?: boolean;
        Actions?: RuleAction[];
      };
      const actions = rule.Actions ?? [];
      const s3 = actions.find((action) => action.S3Action)?.S3Action;
      const lambda = actions.find((action) => action.LambdaAction)?.LambdaAction;
      rules.push({
        hotline,
        ruleName: rule.Name ?? logicalId,
        recipients: (rule.Recipients ?? []).map((recipient) => recipient.toLowerCase()),
        scanEnabled: rule.ScanEnabled === true,
        ...(s3 ? { s3: { bucket: String(s3.BucketName), prefix: String(s3.ObjectKeyPrefix ?? '') } } : {}),
        ...(lambda
          ? {
              lambda: {
                functionArn: String(lambda.FunctionArn),
                invocationType: String(lambda.InvocationType ?? 'Event'),
              },
            }
          : {}),
      });
    }
  }
  return rules;
}

/**
 * The rule SES would apply: the first whose recipients include one of the message's recipients (an exact
 * address, or a domain such as `nitec.kz` covering every address at it), with the recipients it matched.
 */
export function matchRule(
  rules: readonly LocalReceiptRule[],
  recipients: readonly string[],
): { rule: LocalReceiptRule; matched: string[] } | undefined {
  for (const rule of rules) {
    const matched = recipients.filter((recipient) =>
      rule.recipients.some(
        (configured) =>
          configured === recipient || (!configured.includes('@') && recipient.endsWith(`@${configured}`)),
      ),
    );
    if (matched.length > 0) return { rule, matched };
  }
  return undefined;
}
