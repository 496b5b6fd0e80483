import { CONTACT_ATTRIBUTES } from '../../contracts/connect-lambdas';
import { LANGUAGES, type Language } from '../../contracts/hotlines';
import { buildContactRecord, type ContactRecordContext, type ContactTimeline } from './contact-record';
import type { CallFacts } from './contact-state';
import { type BookedCallback, type ContactState, isRecordingBothSides, newContact } from './contact-state';
import { FlowSimulationError } from './errors';
import { type FlowEnd, InputQueue, type RunContext } from './run-context';
import { DEFAULT_MAX_ACTIONS, type RunFlowOptions, runFlow } from './run-flow';
import type {
  AgentIdentity,
  Outcome,
  SimulatedContact,
  SimulationRequest,
  SimulatorDependencies,
  Step,
  Transcript,
} from './types';

const DEFAULTS = {
  customerNumber: '+77010000000',
  dialledNumber: '+77170000000',
  instanceArn: 'arn:aws:connect:eu-central-1:000000000000:instance/00000000-0000-4000-8000-000000000000',
  awsAccountId: '000000000000',
  recordingLocationPrefix: 'connect-recordings/connect/qoldau/CallRecordings',
};
const RATINGS: readonly string[] = ['1', '2', '3', '4', '5'];

interface Session {
  readonly deps: SimulatorDependencies;
  readonly request: SimulationRequest;
  readonly call: CallFacts;
  readonly steps: Step[];
  readonly inputs: InputQueue;
  readonly options: RunFlowOptions;
  readonly records: Omit<ContactRecordContext, 'lastUpdate'>;
  readonly newContactId: () => string;
}

function defaultAgent(instanceArn: string): AgentIdentity {
  return { username: 'operator', arn: `${instanceArn}/agent/00000000-0000-4000-8000-0000000000a1` };
}

const runContext = (session: Session, contact: ContactState): Omit<RunContext, 'flowArn'> => ({
  deps: session.deps,
  contact,
  inputs: session.inputs,
  steps: session.steps,
  call: session.call,
});

/** Ends the timeline of a contact that left through a flow (hang-up or end of flow). */
function recordFlowEnd(session: Session, timeline: ContactTimeline, end: FlowEnd): Outcome {
  if (end.kind === 'third-party') {
    timeline.transferCompleted = session.deps.clock();
    timeline.transferredTo = end.number;
    return { kind: 'transfer', to: session.call.knownNumbers[end.number] ?? end.number };
  }
  if (end.kind === 'disconnected' || end.kind === 'ended') {
    timeline.disconnect = session.deps.clock();
    timeline.disconnectReason = 'CONTACT_FLOW_DISCONNECT';
    return { kind: 'disconnect' };
  }
  throw new FlowSimulationError(`an inbound flow cannot end with "${end.kind}"`);
}

/** The disconnect flow runs as a new contact (InitiationMethod DISCONNECT) carrying the same attributes. */
async function runDisconnectFlow(
  session: Session,
  previous: ContactState,
  flowArn: string,
): Promise<SimulatedContact> {
  const contact = newContact({
    contactId: session.newContactId(),
    initialContactId: previous.initialContactId,
    previousContactId: previous.contactId,
    initiationMethod: 'DISCONNECT',
    attributes: previous.attributes,
    ...(previous.targetQueue === undefined ? {} : { targetQueue: previous.targetQueue }),
  });
  const timeline: ContactTimeline = { initiation: session.deps.clock() };
  const end = await runFlow(flowArn, runContext(session, contact), session.options);
  if (end.kind === 'queued') {
    timeline.enqueue = session.deps.clock();
    timeline.queue = end.queue;
  } else {
    recordFlowEnd(session, timeline, end);
  }
  const contactRecord = buildContactRecord(contact, session.call, timeline, {
    ...session.records,
    lastUpdate: session.deps.clock(),
  });
  return { contactId: contact.contactId, attributes: { ...contact.attributes }, contactRecord };
}

/**
 * The operator accepted: the AgentWhisper flow runs on the contact (with `$.Agent` known) before operator
 * and caller are joined, and must end the flow rather than route or hang up.
 */
async function runAgentWhisper(session: Session, contact: ContactState, flowArn: string): Promise<void> {
  const end = await runFlow(flowArn, { ...runContext(session, contact), audience: 'agent' }, session.options);
  if (end.kind !== 'ended') {
    throw new FlowSimulationError(`the agent whisper flow ${flowArn} must end the flow, not "${end.kind}"`);
  }
}

/**
 * An operator answers the queued contact (the agent whisper runs as they accept) and hangs up; the survey
 * then runs as a new contact carrying the attributes.
 */
async function answerAndHangUp(
  session: Session,
  contact: ContactState,
  timeline: ContactTimeline,
): Promise<SimulatedContact | null> {
  const agent = session.request.agent ?? defaultAgent(session.call.instanceArn);
  contact.agent = agent;
  timeline.agent = agent;
  timeline.agentConnected = session.deps.clock();
  session.steps.push({ type: 'agent', event: 'connected', username: agent.username });
  const whisper = contact.hooks.AgentWhisper;
  if (whisper !== undefined) await runAgentWhisper(session, contact, whisper);
  timeline.disconnect = session.deps.clock();
  timeline.disconnectReason = 'AGENT_DISCONNECT';
  session.steps.push({ type: 'agent', event: 'disconnected', username: agent.username });
  const disconnectFlow = contact.hooks.CustomerRemaining;
  return disconnectFlow === undefined ? null : runDisconnectFlow(session, contact, disconnectFlow);
}

/**
 * Queued: the customer-queue flow plays; with agentHangup an operator answers (the agent whisper runs as
 * they accept), hangs up, and the survey runs as a new contact carrying the attributes.
 */
async function afterQueued(
  session: Session,
  contact: ContactState,
  timeline: ContactTimeline,
): Promise<SimulatedContact | null> {
  const queueName = timeline.queue?.name ?? '';
  const queueFlow = contact.hooks.CustomerQueue;
  if (queueFlow !== undefined) {
    const end = await runFlow(queueFlow, runContext(session, contact), {
      ...session.options,
      stopOnRepeat: true,
    });
    if (end.kind === 'waiting') session.steps.push({ type: 'waiting', queue: queueName });
  }
  if (session.request.agentHangup !== true) return null;
  return answerAndHangUp(session, contact, timeline);
}

/**
 * The queued callback CreateCallbackContact booked: a new contact (InitiationMethod CALLBACK) in the same
 * queue, carrying the caller's attributes, event hooks and recording settings, whose customer is the
 * callback number. It waits in the queue (nobody is on the line, so no customer-queue flow plays); with
 * agentHangup an operator takes it, Connect dials the caller, and the call ends and is rated like any other.
 */
async function runCallbackContact(
  session: Session,
  previous: ContactState,
  booked: BookedCallback,
): Promise<{ callback: SimulatedContact; survey: SimulatedContact | null }> {
  const contact = newContact({
    contactId: session.newContactId(),
    initialContactId: previous.initialContactId,
    previousContactId: previous.contactId,
    initiationMethod: 'CALLBACK',
    attributes: previous.attributes,
    targetQueue: booked.queue,
  });
  contact.hooks = { ...previous.hooks };
  contact.recordedParticipants = previous.recordedParticipants;
  contact.voice = previous.voice;
  const callbackSession: Session = {
    ...session,
    call: { ...session.call, customerEndpoint: { Address: booked.number, Type: 'TELEPHONE_NUMBER' } },
  };
  const timeline: ContactTimeline = { initiation: session.deps.clock() };
  timeline.enqueue = session.deps.clock();
  timeline.queue = booked.queue;
  timeline.recordedWhenQueued = isRecordingBothSides(contact);
  session.steps.push({ type: 'waiting', queue: booked.queue.name });
  const survey =
    session.request.agentHangup === true ? await answerAndHangUp(callbackSession, contact, timeline) : null;
  const contactRecord = buildContactRecord(contact, callbackSession.call, timeline, {
    ...session.records,
    lastUpdate: session.deps.clock(),
  });
  return {
    callback: { contactId: contact.contactId, attributes: { ...contact.attributes }, contactRecord },
    survey,
  };
}

function ratingOf(contact: SimulatedContact | null): number | null {
  const value = contact?.attributes[CONTACT_ATTRIBUTES.surveyRating];
  return value !== undefined && RATINGS.includes(value) ? Number(value) : null;
}

/**
 * Plays one call through the flows as synthesized: the entry flow, then (when queued) the customer-queue
 * flow, the operator, and the disconnect flow. Pure: every outside effect comes from `deps`.
 */
export async function simulateContact(
  request: SimulationRequest,
  deps: SimulatorDependencies,
): Promise<Transcript> {
  let issued = 0;
  const instanceArn = request.instanceArn ?? DEFAULTS.instanceArn;
  const session: Session = {
    deps,
    request,
    call: {
      customerEndpoint: {
        Address: request.customerNumber ?? DEFAULTS.customerNumber,
        Type: 'TELEPHONE_NUMBER',
      },
      systemEndpoint: { Address: request.dialledNumber ?? DEFAULTS.dialledNumber, Type: 'TELEPHONE_NUMBER' },
      instanceArn,
      knownNumbers: request.knownNumbers ?? {},
    },
    steps: [],
    inputs: new InputQueue(request.inputs ?? []),
    options: { maxActions: request.maxActions ?? DEFAULT_MAX_ACTIONS, stopOnRepeat: false },
    records: {
      awsAccountId: request.awsAccountId ?? DEFAULTS.awsAccountId,
      recordingLocationPrefix: request.recordingLocationPrefix ?? DEFAULTS.recordingLocationPrefix,
    },
    newContactId: deps.newContactId ?? (() => `contact-${++issued}`),
  };

  const contact = newContact({
    contactId: session.newContactId(),
    initiationMethod: request.initiationMethod ?? 'INBOUND',
    ...(request.attributes === undefined ? {} : { attributes: request.attributes }),
    ...(request.targetQueueArn === undefined
      ? {}
      : { targetQueue: { arn: request.targetQueueArn, name: deps.resolveQueue(request.targetQueueArn) } }),
  });
  const timeline: ContactTimeline = { initiation: deps.clock() };
  const end = await runFlow(request.flowArn, runContext(session, contact), session.options);

  let outcome: Outcome;
  let disconnectContact: SimulatedContact | null = null;
  let callbackContact: SimulatedContact | null = null;
  const booked = contact.callback;
  if (booked !== undefined && end.kind !== 'queued') {
    // The caller chose a callback and the flow let them go: the callback contact now holds their turn.
    recordFlowEnd(session, timeline, end);
    outcome = { kind: 'callback', queue: booked.queue.name, callbackNumber: booked.number };
    const { callback, survey } = await runCallbackContact(session, contact, booked);
    callbackContact = callback;
    disconnectContact = survey;
  } else if (end.kind === 'queued') {
    timeline.enqueue = deps.clock();
    timeline.queue = end.queue;
    timeline.recordedWhenQueued = isRecordingBothSides(contact);
    outcome = { kind: 'queue', queue: end.queue.name, priority: contact.priority };
    disconnectContact = await afterQueued(session, contact, timeline);
  } else {
    outcome = recordFlowEnd(session, timeline, end);
  }

  const lang = contact.attributes[CONTACT_ATTRIBUTES.language];
  return {
    contactId: contact.contactId,
    language:
      lang !== undefined && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : null,
    steps: session.steps,
    attributes: { ...contact.attributes },
    outcome,
    rating: ratingOf(disconnectContact),
    recording: timeline.recordedWhenQueued ?? false,
    contactRecord: buildContactRecord(contact, session.call, timeline, {
      ...session.records,
      lastUpdate: deps.clock(),
    }),
    disconnectContact,
    callbackContact,
  };
}
