import {
  AlreadyExistsException,
  CreateReceiptRuleSetCommand,
  DeleteReceiptRuleSetCommand,
  DescribeActiveReceiptRuleSetCommand,
  DescribeReceiptRuleSetCommand,
  RuleSetDoesNotExistException,
  SESClient,
  SetActiveReceiptRuleSetCommand,
} from '@aws-sdk/client-ses';
import type { RuleSetState, RuleSetStep } from '../domain/rule-set-plan';

/** SES (v1: receipt rules have no v2 API) for one account and region. */
export class ReceiptRuleSets {
  constructor(private readonly ses: SESClient = new SESClient({})) {}

  async state(name: string): Promise<RuleSetState> {
    const active = await this.ses.send(new DescribeActiveReceiptRuleSetCommand({}));
    const activeName = active.Metadata?.Name;
    try {
      const described = await this.ses.send(new DescribeReceiptRuleSetCommand({ RuleSetName: name }));
      return { exists: true, ruleCount: described.Rules?.length ?? 0, activeName };
    } catch (error) {
      if (error instanceof RuleSetDoesNotExistException) return { exists: false, ruleCount: 0, activeName };
      throw error;
    }
  }

  async apply(name: string, steps: readonly RuleSetStep[]): Promise<void> {
    for (const step of steps) {
      if (step === 'create') await this.create(name);
      if (step === 'activate') await this.ses.send(new SetActiveReceiptRuleSetCommand({ RuleSetName: name }));
      // Without a name SES deactivates whatever is active: only ever called when that is our rule set.
      if (step === 'deactivate') await this.ses.send(new SetActiveReceiptRuleSetCommand({}));
      if (step === 'delete') await this.ses.send(new DeleteReceiptRuleSetCommand({ RuleSetName: name }));
    }
  }

  private async create(name: string): Promise<void> {
    try {
      await this.ses.send(new CreateReceiptRuleSetCommand({ RuleSetName: name }));
    } catch (error) {
      // The other hotline's stack, deployed at the same time, created it first.
      if (!(error instanceof AlreadyExistsException)) throw error;
    }
  }
}
