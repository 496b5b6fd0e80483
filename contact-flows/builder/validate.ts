import {
  type ConnectFlowType,
  FLOW_LANGUAGE_VERSION,
  type FlowAction,
  type FlowActionType,
  type FlowDocument,
  SUPPORTED_ACTION_TYPES,
} from './types';

/** Connect rejects identifiers longer than 50 characters or containing any of these. */
const FORBIDDEN_IDENTIFIER_CHARACTERS = /[%:()\\/=$,;[\]{}]/;
const MAX_IDENTIFIER_LENGTH = 50;
const MAX_ACTIONS = 250;
const MAX_LAMBDA_SECONDS = 8;
const SINGLE_DTMF_KEY = /^[0-9*#]$/;

const INBOUND_AND_TRANSFER: readonly ConnectFlowType[] = ['CONTACT_FLOW', 'QUEUE_TRANSFER', 'AGENT_TRANSFER'];

/**
 * The flow types an action may appear in, where the Flow language reference restricts it (the
 * "Restrictions" section of each action's page); actions not listed work in every type we create.
 */
export const ACTION_FLOW_TYPES: Readonly<Partial<Record<FlowActionType, readonly ConnectFlowType[]>>> = {
  TransferContactToQueue: INBOUND_AND_TRANSFER,
  UpdateContactTargetQueue: INBOUND_AND_TRANSFER,
  TransferToFlow: INBOUND_AND_TRANSFER,
  DisconnectParticipant: [...INBOUND_AND_TRANSFER, 'CUSTOMER_QUEUE'],
  // Whisper flows end this way; in an inbound or transfer flow Connect does not accept it.
  EndFlowExecution: ['AGENT_WHISPER', 'CUSTOMER_QUEUE'],
  // "Supported in contact flows, transfer flows, and customer queue flows", not in whispers or hold flows.
  UpdateContactCallbackNumber: [...INBOUND_AND_TRANSFER, 'CUSTOMER_QUEUE'],
  CreateCallbackContact: [...INBOUND_AND_TRANSFER, 'CUSTOMER_QUEUE'],
};

/** Connect's bounds for the callback delays (three days). */
const MAX_CALLBACK_DELAY_SECONDS = 259_200;
const JSON_PATH = /^\$\.[A-Za-z][A-Za-z0-9_.]*$/;

export class FlowValidationError extends Error {
  override readonly name = 'FlowValidationError';
  constructor(
    readonly flowName: string,
    readonly problems: readonly string[],
  ) {
    super(`Flow "${flowName}" is not valid Connect flow language:\n- ${problems.join('\n- ')}`);
  }
}

/** Every action an action can lead to, in the order its transitions list them. */
export function transitionTargets(action: Pick<FlowAction, 'Transitions'>): string[] {
  const { NextAction, Errors = [], Conditions = [] } = action.Transitions;
  return [
    ...(NextAction === undefined ? [] : [NextAction]),
    ...Errors.map((e) => e.NextAction),
    ...Conditions.map((c) => c.NextAction),
  ];
}

function hasError(action: FlowAction, errorType: string): boolean {
  return (action.Transitions.Errors ?? []).some((e) => e.ErrorType === errorType);
}

function isWholeNumberBetween(value: string | undefined, min: number, max: number): boolean {
  if (value === undefined || !/^\d+$/.test(value)) return false;
  const n = Number(value);
  return n >= min && n <= max;
}

function promptKinds(parameters: object): string[] {
  return ['Text', 'SSML', 'PromptId', 'Media'].filter((k) => k in parameters);
}

function checkParticipantInput(action: Extract<FlowAction, { Type: 'GetParticipantInput' }>): string[] {
  const problems: string[] = [];
  const p = action.Parameters;
  if (!hasError(action, 'NoMatchingError')) problems.push('must define a NoMatchingError branch');
  if (!isWholeNumberBetween(p.InputTimeLimitSeconds, 1, 180)) {
    problems.push(
      `InputTimeLimitSeconds must be a whole number of seconds above 0, got "${p.InputTimeLimitSeconds}"`,
    );
  }
  const conditions = action.Transitions.Conditions ?? [];
  if (p.StoreInput === 'True') {
    if (conditions.length > 0) problems.push('stores input, so it cannot branch on conditions');
    const validation = p.InputValidation;
    if ('PhoneNumberValidation' in validation) {
      const phone = validation.PhoneNumberValidation;
      if (phone.NumberFormat === 'Local' && !/^[A-Z]{2}$/.test(phone.CountryCode)) {
        problems.push('a Local phone number needs a two-letter CountryCode');
      }
      if (!hasError(action, 'InvalidPhoneNumber')) {
        problems.push('validates a phone number, so it must define an InvalidPhoneNumber branch');
      }
    } else if (!isWholeNumberBetween(validation?.CustomValidation?.MaximumLength, 1, 20)) {
      problems.push(
        'stores input, so it needs InputValidation.CustomValidation.MaximumLength between 1 and 20',
      );
    }
  } else {
    for (const c of conditions) {
      const [operand, ...rest] = c.Condition.Operands;
      if (
        c.Condition.Operator !== 'Equals' ||
        rest.length > 0 ||
        operand === undefined ||
        !SINGLE_DTMF_KEY.test(operand)
      ) {
        problems.push(
          `menu conditions must be Equals one static key 0-9, * or #, got ${JSON.stringify(c.Condition)}`,
        );
      }
    }
  }
  return problems;
}

/** Problems specific to one action's type and parameters (the flow-level checks live in validateFlow). */
function checkAction(action: FlowAction): string[] {
  const problems: string[] = [];
  switch (action.Type) {
    case 'MessageParticipant':
      if (promptKinds(action.Parameters).length !== 1)
        problems.push('needs exactly one of Text, SSML, PromptId, Media');
      break;
    case 'GetParticipantInput':
      if (promptKinds(action.Parameters).length !== 1)
        problems.push('needs exactly one of Text, SSML, PromptId, Media');
      problems.push(...checkParticipantInput(action));
      break;
    case 'InvokeLambdaFunction':
      if (!isWholeNumberBetween(action.Parameters.InvocationTimeLimitSeconds, 1, MAX_LAMBDA_SECONDS)) {
        problems.push(
          `InvocationTimeLimitSeconds must be 1..${MAX_LAMBDA_SECONDS}, got "${action.Parameters.InvocationTimeLimitSeconds}"`,
        );
      }
      if ((action.Transitions.Conditions ?? []).length > 0)
        problems.push('Lambda invocations cannot have conditions');
      if (!hasError(action, 'NoMatchingError')) problems.push('must define a NoMatchingError branch');
      break;
    case 'UpdateContactEventHooks': {
      const keys = Object.keys(action.Parameters.EventHooks);
      if (keys.length !== 1) problems.push(`EventHooks takes exactly one key per action, got ${keys.length}`);
      break;
    }
    case 'UpdateContactTextToSpeechVoice':
      if (!hasError(action, 'NoMatchingError')) problems.push('must define a NoMatchingError branch');
      break;
    case 'Compare':
      if (!/^\$\.[A-Za-z]/.test(action.Parameters.ComparisonValue)) {
        problems.push(
          `ComparisonValue must be a single JSONPath, got "${action.Parameters.ComparisonValue}"`,
        );
      }
      break;
    case 'Loop': {
      if (!isWholeNumberBetween(action.Parameters.LoopCount, 0, 100))
        problems.push('LoopCount must be 0..100');
      const operands = (action.Transitions.Conditions ?? []).map((c) => c.Condition.Operands[0]).sort();
      if (JSON.stringify(operands) !== JSON.stringify(['ContinueLooping', 'DoneLooping'])) {
        problems.push('needs exactly the ContinueLooping and DoneLooping conditions');
      }
      break;
    }
    case 'UpdateContactRoutingBehavior':
      if (!isWholeNumberBetween(action.Parameters.QueuePriority, 1, Number.MAX_SAFE_INTEGER)) {
        problems.push('QueuePriority must be a whole number from 1 (routed first)');
      }
      break;
    case 'UpdateContactCallbackNumber':
      if (!JSON_PATH.test(action.Parameters.CallbackNumber)) {
        problems.push('CallbackNumber must be a single JSONPath (it cannot be set statically)');
      }
      break;
    case 'CreateCallbackContact': {
      const p = action.Parameters;
      if (!isWholeNumberBetween(p.InitialCallDelaySeconds, 1, MAX_CALLBACK_DELAY_SECONDS))
        problems.push(`InitialCallDelaySeconds must be 1..${MAX_CALLBACK_DELAY_SECONDS}`);
      if (!isWholeNumberBetween(p.RetryDelaySeconds, 1, MAX_CALLBACK_DELAY_SECONDS))
        problems.push(`RetryDelaySeconds must be 1..${MAX_CALLBACK_DELAY_SECONDS}`);
      if (!isWholeNumberBetween(p.MaximumConnectionAttempts, 1, Number.MAX_SAFE_INTEGER))
        problems.push('MaximumConnectionAttempts must be a whole number from 1');
      if ((action.Transitions.Conditions ?? []).length > 0) problems.push('supports no conditions');
      break;
    }
    case 'DisconnectParticipant':
    case 'EndFlowExecution':
      if (transitionTargets(action).length > 0) problems.push('ends the flow, so it takes no transitions');
      break;
    default:
      break;
  }
  return problems;
}

function reachableFrom(start: string, byId: ReadonlyMap<string, FlowAction>): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const action = byId.get(id);
    if (seen.has(id) || action === undefined) continue;
    seen.add(id);
    pending.push(...transitionTargets(action));
  }
  return seen;
}

/** Actions the flow type does not allow. */
function flowTypeProblems(flow: FlowDocument, type: ConnectFlowType): string[] {
  return flow.Actions.flatMap((action) => {
    const allowed = ACTION_FLOW_TYPES[action.Type];
    return allowed === undefined || allowed.includes(type)
      ? []
      : [`"${action.Identifier}" (${action.Type}) is not allowed in a ${type} flow`];
  });
}

/**
 * All problems Connect (or our rules) would find in a flow; empty when the flow is valid. With `type`, also
 * the actions that flow type does not allow.
 */
export function findFlowProblems(flow: FlowDocument, type?: ConnectFlowType): string[] {
  const problems: string[] = [];
  if (flow.Version !== FLOW_LANGUAGE_VERSION) problems.push(`Version must be "${FLOW_LANGUAGE_VERSION}"`);
  if (flow.Actions.length > MAX_ACTIONS)
    problems.push(`has ${flow.Actions.length} actions, Connect allows ${MAX_ACTIONS}`);

  const byId = new Map<string, FlowAction>();
  for (const action of flow.Actions) {
    const id = action.Identifier;
    if (byId.has(id)) problems.push(`identifier "${id}" is used twice`);
    byId.set(id, action);
    if (id.length === 0 || id.length > MAX_IDENTIFIER_LENGTH) {
      problems.push(`identifier "${id}" must be 1..${MAX_IDENTIFIER_LENGTH} characters`);
    }
    if (FORBIDDEN_IDENTIFIER_CHARACTERS.test(id))
      problems.push(`identifier "${id}" contains a character Connect forbids`);
    if (!SUPPORTED_ACTION_TYPES.includes(action.Type))
      problems.push(`"${id}": action type "${action.Type}" is not supported`);
    problems.push(...checkAction(action).map((p) => `"${id}" (${action.Type}): ${p}`));
  }

  if (!byId.has(flow.StartAction))
    problems.push(`StartAction "${flow.StartAction}" is not an action of this flow`);
  for (const action of flow.Actions) {
    for (const target of new Set(transitionTargets(action))) {
      if (!byId.has(target))
        problems.push(`"${action.Identifier}" leads to "${target}", which does not exist`);
    }
  }
  const reachable = reachableFrom(flow.StartAction, byId);
  for (const id of byId.keys()) {
    if (!reachable.has(id)) problems.push(`"${id}" can never be reached from the start`);
  }
  if (type !== undefined) problems.push(...flowTypeProblems(flow, type));
  return problems;
}

/** Throws a FlowValidationError listing every problem, so one synth shows all mistakes at once. */
export function assertValidFlow(flowName: string, flow: FlowDocument, type?: ConnectFlowType): FlowDocument {
  const problems = findFlowProblems(flow, type);
  if (problems.length > 0) throw new FlowValidationError(flowName, problems);
  return flow;
}
