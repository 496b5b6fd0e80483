import { contactActions } from './contact-actions';
import {
  MalformedFlowError,
  MissingBranchError,
  SimulationLimitError,
  UnsupportedActionError,
} from './errors';
import { flowActions } from './flow-actions';
import type { ActionHandler } from './handler';
import { type ParsedAction, type ParsedCondition, type ParsedFlow, parseFlow } from './parse-flow';
import { participantActions } from './participant-actions';
import { type ActionResult, badParameter, type FlowEnd, locate, type RunContext } from './run-context';

const HANDLERS: Readonly<Record<string, ActionHandler>> = {
  ...participantActions,
  ...contactActions,
  ...flowActions,
};

/** Action types the simulator can run; anything else fails loudly with UnsupportedActionError. */
export const SIMULATED_ACTION_TYPES: readonly string[] = Object.keys(HANDLERS);

export const DEFAULT_MAX_ACTIONS = 1000;

const OPERATORS = [
  'Equals',
  'TextStartsWith',
  'TextEndsWith',
  'TextContains',
  'NumberGreaterThan',
  'NumberGreaterOrEqualTo',
  'NumberLessThan',
  'NumberLessOrEqualTo',
];

function conditionHolds(condition: ParsedCondition, value: string): boolean {
  const [operand = ''] = condition.Operands;
  const numbers = () => [Number(value), Number(operand)] as const;
  const numeric = (test: (a: number, b: number) => boolean) => {
    const [a, b] = numbers();
    return value.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) && test(a, b);
  };
  switch (condition.Operator) {
    case 'Equals':
      return value === operand;
    case 'TextStartsWith':
      return value.startsWith(operand);
    case 'TextEndsWith':
      return value.endsWith(operand);
    case 'TextContains':
      return value.includes(operand);
    case 'NumberGreaterThan':
      return numeric((a, b) => a > b);
    case 'NumberGreaterOrEqualTo':
      return numeric((a, b) => a >= b);
    case 'NumberLessThan':
      return numeric((a, b) => a < b);
    case 'NumberLessOrEqualTo':
      return numeric((a, b) => a <= b);
    default:
      return false;
  }
}

function errorBranch(ctx: RunContext, action: ParsedAction, errorType: string): string {
  ctx.steps.push({ type: 'error', error: errorType, action: action.Identifier });
  const target = action.Errors.get(errorType) ?? action.Errors.get('NoMatchingError');
  if (target === undefined) throw new MissingBranchError(locate(ctx, action), `error ${errorType}`);
  return target;
}

/** The identifier of the action that runs after `action` finished with `result`. */
function followingAction(ctx: RunContext, action: ParsedAction, result: ActionResult): string {
  switch (result.kind) {
    case 'next':
      if (action.NextAction === undefined) throw new MissingBranchError(locate(ctx, action), 'NextAction');
      return action.NextAction;
    case 'error':
      return errorBranch(ctx, action, result.error);
    case 'condition': {
      const unknown = action.Conditions.find((c) => !OPERATORS.includes(c.Operator));
      if (unknown !== undefined) {
        throw new MalformedFlowError(
          ctx.flowArn,
          `"${action.Identifier}": unknown condition operator ${unknown.Operator}`,
        );
      }
      const matched = action.Conditions.find((c) => conditionHolds(c, result.value));
      return matched?.NextAction ?? errorBranch(ctx, action, 'NoMatchingCondition');
    }
    default:
      throw new Error(`no following action for a ${result.kind} result`);
  }
}

async function loadFlow(
  ctx: Pick<RunContext, 'deps' | 'steps' | 'contact'>,
  flowArn: string,
): Promise<ParsedFlow> {
  const flow = parseFlow(flowArn, await ctx.deps.resolveFlow(flowArn));
  ctx.steps.push({
    type: 'flow',
    flow: flowArn,
    contactId: ctx.contact.contactId,
    initiationMethod: ctx.contact.initiationMethod,
  });
  return flow;
}

export interface RunFlowOptions {
  readonly maxActions: number;
  /** Customer-queue flows loop for as long as the caller waits; stop the first time an action repeats. */
  readonly stopOnRepeat: boolean;
}

/** Runs one flow (following TransferToFlow) for a contact until the contact leaves it. */
export async function runFlow(
  flowArn: string,
  base: Omit<RunContext, 'flowArn'>,
  options: RunFlowOptions,
): Promise<FlowEnd> {
  let flow = await loadFlow(base, flowArn);
  let ctx: RunContext = { ...base, flowArn };
  let current = flow.startAction;
  const visited = new Set<string>();

  for (let count = 1; ; count++) {
    if (count > options.maxActions) throw new SimulationLimitError(flow.arn, options.maxActions);
    const action = flow.actions.get(current);
    if (action === undefined)
      throw new MalformedFlowError(flow.arn, `a transition leads to "${current}", which does not exist`);
    if (options.stopOnRepeat && visited.has(current)) return { kind: 'waiting' };
    visited.add(current);

    const handler = HANDLERS[action.Type];
    if (handler === undefined) throw new UnsupportedActionError(locate(ctx, action));
    for (const parameter of Object.keys(action.Parameters)) {
      if (!handler.parameters.includes(parameter))
        badParameter(ctx, action, parameter, 'is not supported by the simulator');
    }

    const result = await handler.run(action, ctx);
    if (result.kind === 'end') return result.end;
    if (result.kind === 'switch-flow') {
      flow = await loadFlow(ctx, result.flowArn);
      ctx = { ...base, flowArn: result.flowArn };
      current = flow.startAction;
      visited.clear();
      continue;
    }
    current = followingAction(ctx, action, result);
  }
}
