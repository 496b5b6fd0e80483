import { type CfnElement, Stack } from 'aws-cdk-lib';
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
