/**
 * What the shared receipt rule set needs on a deployment or a stack deletion. SES keeps ONE active receipt
 * rule set per account and region, so both hotlines (and stages) in one account and region add their rules
 * to one shared rule set; whichever stack comes first creates and activates it, and the last one to leave
 * deactivates and deletes it. A rule set someone else manages (`managed: false`) is never touched.
 */

export interface RuleSetRequest {
  readonly name: string;
  /** True: qoldau creates, activates, deactivates and deletes it. False: it belongs to someone else. */
  readonly managed: boolean;
}

/** What SES says about the account and region. */
export interface RuleSetState {
  readonly exists: boolean;
  /** Rules in the named rule set (0 when it does not exist). */
  readonly ruleCount: number;
  /** The active rule set's name, if any is active. */
  readonly activeName: string | undefined;
}

export type RuleSetStep = 'create' | 'activate' | 'deactivate' | 'delete';

export class RuleSetConflictError extends Error {
  override name = 'RuleSetConflictError';
}

/** Steps on stack create or update; throws, naming the fix, where the configuration cannot receive mail. */
export function planDeploy(request: RuleSetRequest, state: RuleSetState): RuleSetStep[] {
  const { name } = request;
  if (!request.managed) {
    if (!state.exists) {
      throw new RuleSetConflictError(
        `SES receipt rule set "${name}" (email.receiptRuleSet, managed: false) does not exist in this account and region: create it, or set managed: true to let qoldau create it.`,
      );
    }
    if (state.activeName !== name) {
      throw new RuleSetConflictError(
        `SES receipt rule set "${name}" (email.receiptRuleSet, managed: false) is not the active one${state.activeName === undefined ? '' : ` ("${state.activeName}" is)`}, so its rules would receive nothing: activate it first.`,
      );
    }
    return [];
  }
  if (state.activeName !== undefined && state.activeName !== name) {
    throw new RuleSetConflictError(
      `SES receipt rule set "${state.activeName}" is active in this account and region, and only one can be: set email.receiptRuleSet to {"name":"${state.activeName}","managed":false} to add qoldau's rules to it, or deactivate it and deploy again.`,
    );
  }
  return [
    ...(state.exists ? [] : ['create' as const]),
    ...(state.activeName === name ? [] : ['activate' as const]),
  ];
}

/**
 * Steps on stack deletion (after the stack's own rule is gone): a managed rule set that no rule uses any
 * more is deactivated if it is the active one, then deleted. One still used by the other hotline, or not
 * ours, stays as it is: deletion never turns off receiving for anyone else.
 */
export function planDelete(request: RuleSetRequest, state: RuleSetState): RuleSetStep[] {
  if (!request.managed || !state.exists || state.ruleCount > 0) return [];
  return [...(state.activeName === request.name ? ['deactivate' as const] : []), 'delete'];
}
