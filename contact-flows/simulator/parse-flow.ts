import { MalformedFlowError } from './errors';

export interface ParsedCondition {
  readonly NextAction: string;
  readonly Operator: string;
  readonly Operands: readonly string[];
}

export interface ParsedAction {
  readonly Identifier: string;
  readonly Type: string;
  readonly Parameters: Readonly<Record<string, unknown>>;
  readonly NextAction: string | undefined;
  readonly Errors: ReadonlyMap<string, string>;
  readonly Conditions: readonly ParsedCondition[];
}

export interface ParsedFlow {
  readonly arn: string;
  readonly startAction: string;
  readonly actions: ReadonlyMap<string, ParsedAction>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseAction(flow: string, raw: unknown, index: number): ParsedAction {
  if (!isObject(raw)) throw new MalformedFlowError(flow, `Actions[${index}] is not an object`);
  const { Identifier, Type, Parameters = {}, Transitions = {} } = raw;
  if (typeof Identifier !== 'string' || typeof Type !== 'string') {
    throw new MalformedFlowError(flow, `Actions[${index}] needs string Identifier and Type`);
  }
  if (!isObject(Parameters) || !isObject(Transitions)) {
    throw new MalformedFlowError(flow, `"${Identifier}": Parameters and Transitions must be objects`);
  }
  const { NextAction, Errors = [], Conditions = [] } = Transitions;
  if (
    (NextAction !== undefined && typeof NextAction !== 'string') ||
    !Array.isArray(Errors) ||
    !Array.isArray(Conditions)
  ) {
    throw new MalformedFlowError(flow, `"${Identifier}": Transitions are malformed`);
  }
  const errors = new Map<string, string>();
  for (const e of Errors) {
    if (!isObject(e) || typeof e.ErrorType !== 'string' || typeof e.NextAction !== 'string') {
      throw new MalformedFlowError(flow, `"${Identifier}": an error transition is malformed`);
    }
    errors.set(e.ErrorType, e.NextAction);
  }
  const conditions = Conditions.map((c): ParsedCondition => {
    const condition = isObject(c) && isObject(c.Condition) ? c.Condition : undefined;
    const operands = condition?.Operands;
    if (
      !isObject(c) ||
      typeof c.NextAction !== 'string' ||
      typeof condition?.Operator !== 'string' ||
      !Array.isArray(operands) ||
      !operands.every((o) => typeof o === 'string')
    ) {
      throw new MalformedFlowError(flow, `"${Identifier}": a condition is malformed`);
    }
    return { NextAction: c.NextAction, Operator: condition.Operator, Operands: operands };
  });
  return { Identifier, Type, Parameters, NextAction, Errors: errors, Conditions: conditions };
}

/** Reads a flow as synthesized (the object or its JSON string), checking only its shape. */
export function parseFlow(flowArn: string, content: unknown): ParsedFlow {
  const document = typeof content === 'string' ? (JSON.parse(content) as unknown) : content;
  if (!isObject(document)) throw new MalformedFlowError(flowArn, 'is not a JSON object');
  if (document.Version !== '2019-10-30')
    throw new MalformedFlowError(flowArn, 'Version must be "2019-10-30"');
  if (typeof document.StartAction !== 'string' || !Array.isArray(document.Actions)) {
    throw new MalformedFlowError(flowArn, 'needs StartAction and Actions');
  }
  const actions = new Map<string, ParsedAction>();
  document.Actions.forEach((raw, index) => {
    const action = parseAction(flowArn, raw, index);
    if (actions.has(action.Identifier))
      throw new MalformedFlowError(flowArn, `"${action.Identifier}" is defined twice`);
    actions.set(action.Identifier, action);
  });
  if (!actions.has(document.StartAction)) {
    throw new MalformedFlowError(flowArn, `StartAction "${document.StartAction}" is not an action`);
  }
  return { arn: flowArn, startAction: document.StartAction, actions };
}
