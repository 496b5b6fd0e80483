import type { EventHookName, FlowAction, FlowDocument } from '../builder/types';
import { transitionTargets } from '../builder/validate';
import type { FlowRole } from '../registry';

/** Actions after which the caller is with a person (or on the way to one) and the flow stops. */
const HANDOVER_TYPES: ReadonlySet<FlowAction['Type']> = new Set([
  'TransferContactToQueue',
  'TransferParticipantToThirdParty',
  'TransferToFlow',
]);
const HANG_UP_TYPES: ReadonlySet<FlowAction['Type']> = new Set(['DisconnectParticipant', 'EndFlowExecution']);

interface Graph {
  readonly byId: ReadonlyMap<string, FlowAction>;
  readonly start: string;
}

const graphOf = (flow: FlowDocument): Graph => ({
  byId: new Map(flow.Actions.map((a) => [a.Identifier, a])),
  start: flow.StartAction,
});

/** Actions reachable from `from` without stepping onto an action for which `stop` holds. */
function reachable(
  graph: Graph,
  from: readonly string[],
  stop: (a: FlowAction) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  const pending = [...from];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const action = graph.byId.get(id);
    if (action === undefined || seen.has(id)) continue;
    seen.add(id);
    if (!stop(action)) pending.push(...transitionTargets(action));
  }
  return seen;
}

/** Actions from which some action satisfying `goal` can be reached (including the goal actions). */
function canReach(graph: Graph, goal: (a: FlowAction) => boolean): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const action of graph.byId.values()) {
    for (const target of transitionTargets(action)) {
      predecessors.set(target, [...(predecessors.get(target) ?? []), action.Identifier]);
    }
  }
  const seen = new Set<string>();
  const pending = [...graph.byId.values()].filter(goal).map((a) => a.Identifier);
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(predecessors.get(id) ?? []));
  }
  return seen;
}

const isRecordingBothSides = (a: FlowAction): boolean =>
  a.Type === 'UpdateContactRecordingBehavior' &&
  ['Agent', 'Customer'].every((p) =>
    a.Parameters.RecordingBehavior.RecordedParticipants.includes(p as 'Agent'),
  );

/** Every (action, error type, target) the flow defines. */
export function errorBranches(flow: FlowDocument): Array<{ from: string; error: string; to: string }> {
  return flow.Actions.flatMap((a) =>
    (a.Transitions.Errors ?? []).map((e) => ({ from: a.Identifier, error: e.ErrorType, to: e.NextAction })),
  );
}

export function loggingEnabledFirst(flow: FlowDocument): string[] {
  const first = flow.Actions.find((a) => a.Identifier === flow.StartAction);
  const ok =
    first?.Type === 'UpdateFlowLoggingBehavior' && first.Parameters.FlowLoggingBehavior === 'Enabled';
  return ok ? [] : ['the first action must enable flow logging'];
}

/** No way from the start to a queue transfer that skips turning on Agent+Customer recording. */
export function recordingBeforeEveryQueueTransfer(flow: FlowDocument): string[] {
  const graph = graphOf(flow);
  const unrecorded = reachable(graph, [graph.start], isRecordingBothSides);
  return [...unrecorded]
    .filter((id) => graph.byId.get(id)?.Type === 'TransferContactToQueue')
    .map((id) => `"${id}" can queue a caller without recording turned on`);
}

/** No way from the start to a queue transfer that skips setting `hook` (its error branch may carry on). */
export function hookBeforeEveryQueueTransfer(flow: FlowDocument, hook: EventHookName): string[] {
  const graph = graphOf(flow);
  const sets = (a: FlowAction) => a.Type === 'UpdateContactEventHooks' && hook in a.Parameters.EventHooks;
  const without = reachable(graph, [graph.start], sets);
  return [...without]
    .filter((id) => graph.byId.get(id)?.Type === 'TransferContactToQueue')
    .map((id) => `"${id}" can queue a caller before the ${hook} hook is set`);
}

const booksCallback = (a: FlowAction): boolean => a.Type === 'CreateCallbackContact';

/**
 * Inbound and transfer flows: until a callback is booked, never hang up, and from every action (so every
 * error branch) a person is reachable: a queue, a transfer, or a booked callback (an operator calls back).
 * Once Connect has booked the callback the caller may be told so and the call may end.
 */
function neverDropsTheCaller(graph: Graph): string[] {
  const problems: string[] = [];
  const beforeCallback = reachable(graph, [graph.start], booksCallback);
  const toPerson = canReach(graph, (a) => HANDOVER_TYPES.has(a.Type) || booksCallback(a));
  for (const id of beforeCallback) {
    const action = graph.byId.get(id) as FlowAction;
    if (HANG_UP_TYPES.has(action.Type)) problems.push(`"${id}" ends the call (${action.Type})`);
    if (!toPerson.has(id)) problems.push(`from "${id}" no queue or transfer can be reached`);
  }
  return problems;
}

/** Survey: the operator is gone; every path says goodbye and hangs up, and nothing queues. */
function endsWithGoodbye(graph: Graph): string[] {
  const problems: string[] = [];
  const toHangUp = canReach(graph, (a) => a.Type === 'DisconnectParticipant');
  for (const id of reachable(graph, [graph.start])) {
    const action = graph.byId.get(id) as FlowAction;
    if (!toHangUp.has(id)) problems.push(`from "${id}" the call never ends`);
    if (action.Type === 'TransferContactToQueue')
      problems.push(`"${id}" queues a caller after the operator left`);
    if (action.Type === 'DisconnectParticipant') {
      const before = [...graph.byId.values()].filter((a) => transitionTargets(a).includes(id));
      if (before.some((a) => a.Type !== 'MessageParticipant'))
        problems.push(`"${id}" hangs up without a goodbye`);
    }
  }
  return problems;
}

/** Customer queue: the caller is already in the queue; keep them company forever, never hang up. */
function keepsCallerCompany(graph: Graph): string[] {
  const problems: string[] = [];
  const toPrompt = canReach(graph, (a) => a.Type === 'MessageParticipant');
  for (const id of reachable(graph, [graph.start])) {
    const action = graph.byId.get(id) as FlowAction;
    if (HANG_UP_TYPES.has(action.Type) || action.Type === 'TransferContactToQueue') {
      problems.push(`"${id}" (${action.Type}) is not allowed while the caller waits in the queue`);
    }
    if (!toPrompt.has(id)) problems.push(`from "${id}" the caller hears nothing more`);
  }
  return problems;
}

/** What the caller could be made to do or wait for; an agent whisper must not hold them up with these. */
const NOT_IN_A_WHISPER: ReadonlySet<FlowAction['Type']> = new Set([
  ...HANDOVER_TYPES,
  'DisconnectParticipant',
  'GetParticipantInput',
  'Loop',
]);

/** Agent whisper: the operator has accepted; every path ends the whisper so the two are joined, briefly. */
function joinsOperatorAndCaller(graph: Graph): string[] {
  const problems: string[] = [];
  const toEnd = canReach(graph, (a) => a.Type === 'EndFlowExecution');
  for (const id of reachable(graph, [graph.start])) {
    const action = graph.byId.get(id) as FlowAction;
    if (NOT_IN_A_WHISPER.has(action.Type))
      problems.push(`"${id}" (${action.Type}) keeps the operator from the caller`);
    if (!toEnd.has(id)) problems.push(`from "${id}" the whisper never ends`);
  }
  return problems;
}

/** The action type each role's paths, error branches included, must be able to reach. */
const ENDING: Record<FlowRole, (a: FlowAction) => boolean> = {
  inbound: (a) => HANDOVER_TYPES.has(a.Type) || booksCallback(a),
  transfer: (a) => HANDOVER_TYPES.has(a.Type) || booksCallback(a),
  survey: (a) => a.Type === 'DisconnectParticipant',
  'customer-queue': (a) => a.Type === 'MessageParticipant',
  'agent-whisper': (a) => a.Type === 'EndFlowExecution',
};

/** Where each error branch can lead, checked against what the flow's role allows. */
function errorBranchProblems(flow: FlowDocument, graph: Graph, role: FlowRole): string[] {
  const ok = canReach(graph, ENDING[role]);
  // After a booked callback (inbound, transfer) the call is allowed to end, whatever fails.
  const checked =
    role === 'inbound' || role === 'transfer' ? reachable(graph, [graph.start], booksCallback) : undefined;
  return errorBranches(flow)
    .filter((branch) => checked === undefined || checked.has(branch.from))
    .filter((branch) => !ok.has(branch.to))
    .map(
      (branch) =>
        `error ${branch.error} of "${branch.from}" leads to "${branch.to}", which reaches no ${role} ending`,
    );
}

/**
 * The promises our flows make to callers, checked on the JSON itself: logging on first; inbound and
 * transfer flows record before queuing and never drop a caller (every error branch reaches a person);
 * the survey always says goodbye before hanging up; the queue flow never ends the call; the agent whisper
 * always ends, joining operator and caller, without asking or routing anything.
 */
export function flowSafetyProblems(flow: FlowDocument, role: FlowRole): string[] {
  const graph = graphOf(flow);
  const byRole: Record<FlowRole, () => string[]> = {
    inbound: () => [...recordingBeforeEveryQueueTransfer(flow), ...neverDropsTheCaller(graph)],
    transfer: () => [...recordingBeforeEveryQueueTransfer(flow), ...neverDropsTheCaller(graph)],
    survey: () => endsWithGoodbye(graph),
    'customer-queue': () => keepsCallerCompany(graph),
    'agent-whisper': () => joinsOperatorAndCaller(graph),
  };
  return [...loggingEnabledFirst(flow), ...byRole[role](), ...errorBranchProblems(flow, graph, role)];
}
