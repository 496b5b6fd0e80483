import { randomUUID } from 'node:crypto';
import {
  type ConnectLambdaEvent,
  type ContactTraceRecord,
  maskPhoneNumber,
  type SimulatorDependencies,
  type Step,
  simulateContact,
} from '../../../contact-flows/index';
import type { LocalContactCenter } from './catalog';
import type { CallRequestSchema, CallTranscript } from './contract';

/** A flow names a Lambda no local function is: the template and the runtime disagree, so the call cannot go on. */
export class UnknownLambdaError extends Error {
  override name = 'UnknownLambdaError';
}

export interface CallEnvironment {
  invoke(functionArn: string, event: ConnectLambdaEvent): Promise<unknown>;
  hasFunction(functionArn: string): boolean;
  writeRecording(location: string): Promise<void>;
  emitContactRecord(record: ContactTraceRecord): void;
  now(): Date;
}

/** Steps name flows and Lambdas as people know them (`1414-survey`, `surveyRating`), not by ARN. */
function readable(center: LocalContactCenter, step: Step): Step {
  if (step.type === 'flow' || step.type === 'hook') {
    return { ...step, flow: center.flowNames.get(step.flow) ?? step.flow };
  }
  if (step.type === 'lambda') {
    const arn = [...center.lambdaNames.keys()].find((candidate) =>
      candidate.endsWith(`:function:${step.name}`),
    );
    return arn === undefined ? step : { ...step, name: center.lambdaNames.get(arn) as string };
  }
  return step;
}

/** Every read of the clock moves the call one second on, so the contact records have plausible durations. */
function callClock(start: Date): () => Date {
  let next = start.getTime();
  return () => {
    const now = new Date(next);
    next += 1000;
    return now;
  };
}

/**
 * Plays one call through the hotline's synthesized flows with the real Lambda handlers (a failing handler
 * takes the flow's error branch, as in Connect), writes the recording when an operator answered, and emits
 * the contact record of every contact of the call.
 */
export async function placeCall(
  center: LocalContactCenter,
  request: ReturnType<typeof CallRequestSchema.parse>,
  environment: CallEnvironment,
): Promise<CallTranscript> {
  let unknownLambda: string | undefined;
  const deps: SimulatorDependencies = {
    ...center.resolvers,
    async invokeLambda(functionArn, event) {
      if (!environment.hasFunction(functionArn)) {
        unknownLambda = functionArn;
        throw new UnknownLambdaError(functionArn);
      }
      return (await environment.invoke(functionArn, event)) as Record<string, string>;
    },
    // Unless the request says otherwise, the caller is the only one waiting in a local queue.
    queueMetrics: () => ({
      size: request.queueSize ?? 1,
      agentsOnline: 1,
      agentsAvailable: 1,
      agentsStaffed: 1,
      ...(request.queueWaitSeconds === undefined
        ? {}
        : {
            estimatedWaitTimeSeconds: request.queueWaitSeconds,
            oldestContactAgeSeconds: request.queueWaitSeconds,
          }),
    }),
    clock: callClock(environment.now()),
    newContactId: () => randomUUID(),
  };
  const transcript = await simulateContact(
    {
      flowArn: center.entryFlowArn,
      inputs: request.inputs.map((input) => input ?? undefined),
      agentHangup: request.agentHangup,
      ...(request.from === undefined ? {} : { customerNumber: request.from }),
      ...(request.agent === undefined
        ? {}
        : {
            agent: { username: request.agent.username, arn: `${center.instanceArn}/agent/${randomUUID()}` },
          }),
      dialledNumber: center.dialled,
      instanceArn: center.instanceArn,
      knownNumbers: center.knownNumbers,
      recordingLocationPrefix: center.recordingLocationPrefix,
    },
    deps,
  );
  if (unknownLambda !== undefined) {
    throw new UnknownLambdaError(
      `A flow of hotline ${center.hotline} invokes ${unknownLambda}, which is no function of the local runtime`,
    );
  }

  const callback = transcript.callbackContact?.contactRecord ?? null;
  // The operator talks to the caller on the callback contact when one was booked.
  const answered = callback ?? transcript.contactRecord;
  const recording = answered.Recording?.Location ?? null;
  if (recording !== null) await environment.writeRecording(recording);
  // Connect streams a contact record once the contact has ended; a callback still in the queue has not.
  const callbackEnded = callback !== null && callback.DisconnectTimestamp !== null;
  const contactRecords = [
    transcript.contactRecord,
    ...(callback !== null && callbackEnded ? [callback] : []),
    ...(transcript.disconnectContact === null ? [] : [transcript.disconnectContact.contactRecord]),
  ];
  for (const record of contactRecords) environment.emitContactRecord(record);
  const steps = transcript.steps.map((step) => readable(center, step));
  return {
    hotline: center.hotline,
    contactId: transcript.contactId,
    language: transcript.language,
    steps,
    attributes: transcript.attributes,
    outcome: transcript.outcome,
    rating: transcript.rating,
    recording,
    contactRecords,
    waitingCallback:
      callback === null || callbackEnded || callback.Queue === null
        ? null
        : {
            hotline: center.hotline,
            contactId: callback.ContactId,
            queue: callback.Queue.Name,
            callbackNumber: maskPhoneNumber(callback.CustomerEndpoint.Address),
            waitingSince: callback.Queue.EnqueueTimestamp,
            attributes: callback.Attributes,
          },
  };
}
