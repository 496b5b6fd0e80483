import type { PhysicalNames } from '../intrinsics';
import { type CfnTemplate, resourcesOfType } from '../template-model';

interface Statement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: string | string[];
  readonly Resource: unknown;
}

/** The identity-based policy statements attached to a role, resolved from the synthesized template. */
export function roleStatements(
  template: CfnTemplate,
  names: PhysicalNames,
  roleLogicalId: string,
): Statement[] {
  const statements: Statement[] = [];
  for (const [, policy] of resourcesOfType(template, 'AWS::IAM::Policy')) {
    const roles = (policy.Properties?.['Roles'] as unknown[] | undefined) ?? [];
    if (!roles.some((role) => (role as { Ref?: string }).Ref === roleLogicalId)) continue;
    const document = names.resolve(policy.Properties?.['PolicyDocument']) as { Statement: Statement[] };
    statements.push(...document.Statement);
  }
  return statements;
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

function matchesAny(patterns: unknown, value: string): boolean {
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return list.some((pattern) => typeof pattern === 'string' && globToRegExp(pattern).test(value));
}

/**
 * IAM's evaluation for one action on one resource: an explicit Deny wins, otherwise an Allow is needed,
 * otherwise the implicit deny.
 */
export function isAllowed(statements: readonly Statement[], action: string, resource: string): boolean {
  const applies = (statement: Statement) =>
    matchesAny(statement.Action, action) && matchesAny(statement.Resource, resource);
  if (statements.some((statement) => statement.Effect === 'Deny' && applies(statement))) return false;
  return statements.some((statement) => statement.Effect === 'Allow' && applies(statement));
}
