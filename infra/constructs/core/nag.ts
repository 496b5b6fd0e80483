import { type CfnElement, Stack, Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { QoldauFunction } from './qoldau-function';

// What every capability's cdk-nag acknowledgements (`<capability>/*-nag.ts`) share.

/** Logical id of a construct's resource, as cdk-nag names it in findings. */
export function logicalIdOf(construct: IConstruct): string {
  return Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
}

/** The role QoldauFunction creates beside the function: findings about its policy land there. */
export function roleOf(fn: QoldauFunction): IConstruct {
  if (!fn.role) throw new Error(`${fn.node.path} has no role`);
  return fn.role;
}

/**
 * How cdk-nag writes a resource string with tokens (`<LogicalId.Attribute>/queue/*`), so a finding can be
 * acknowledged for exactly that resource.
 */
export function nagResourceName(scope: IConstruct, value: string): string {
  if (!Token.isUnresolved(value)) return value;
  const resolved = Stack.of(scope).resolve(value) as unknown;
  const parts = (resolved as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join']?.[1] ?? [resolved];
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const getAtt = (part as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      if (getAtt) return `<${getAtt[0]}.${getAtt[1]}>`;
      const ref = (part as { Ref?: string }).Ref;
      return ref ? `<${ref}>` : JSON.stringify(part);
    })
    .join('');
}
