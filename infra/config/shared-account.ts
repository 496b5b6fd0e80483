import type { HotlineConfig } from './schema';

/** True when CDK deploys both to one account and region (no account configured: the CLI's, the same for both). */
export function sameAccountAndRegion(a: HotlineConfig, b: HotlineConfig): boolean {
  return a.env.region === b.env.region && a.env.account === b.env.account;
}

/**
 * What cannot work when two hotlines share an account and region, each naming the fix. SES has one active
 * receipt rule set per account and region, so both must add their rules to the same one; and one address
 * cannot belong to two hotlines (SES would hand its mail to both).
 */
export function sharedAccountProblems(a: HotlineConfig, b: HotlineConfig): string[] {
  if (!sameAccountAndRegion(a, b)) return [];
  const problems: string[] = [];
  const where = `${a.env.account ?? 'the CLI’s account'} / ${a.env.region}`;
  if (
    a.email.receiptRuleSet.name !== b.email.receiptRuleSet.name ||
    a.email.receiptRuleSet.managed !== b.email.receiptRuleSet.managed
  ) {
    problems.push(
      `Hotlines ${a.id} and ${b.id} both deploy to ${where}, where SES keeps one active receipt rule set, but name different ones ` +
        `(${JSON.stringify(a.email.receiptRuleSet)} and ${JSON.stringify(b.email.receiptRuleSet)}): give both the same email.receiptRuleSet, ` +
        'or deploy them to different accounts or regions.',
    );
  }
  const shared = a.email.inboundAddresses.filter((address) =>
    b.email.inboundAddresses.some((other) => other.toLowerCase() === address.toLowerCase()),
  );
  if (shared.length > 0) {
    problems.push(
      `Hotlines ${a.id} and ${b.id} both receive mail for ${shared.join(', ')} in ${where}: each address belongs to one hotline's email.inboundAddresses.`,
    );
  }
  return problems;
}
