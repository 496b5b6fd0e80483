import { maskPhoneNumber, type Outcome, type Step } from '../contact-flows/index';
import type { CallTranscript } from '../local/services/connect/contract';

/** The part of a call `npm run call -- --json` prints: the command-line contract, plus where the recording went. */
export function printedCall(call: CallTranscript) {
  const { hotline, contactId, language, steps, attributes, outcome, rating, recording } = call;
  return { hotline, contactId, language, steps, attributes, outcome, rating, recording };
}

const pairs = (map: Readonly<Record<string, string>>) =>
  Object.entries(map)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');

/** One line per step, or nothing for bookkeeping the caller would not notice. */
function stepLine(step: Step): string | undefined {
  switch (step.type) {
    case 'flow':
      return `— flow ${step.flow} (${step.initiationMethod.toLowerCase()} contact ${step.contactId})`;
    case 'prompt':
      return `  caller hears [${step.language}]: ${step.text}`;
    case 'whisper':
      return `  operator alone hears [${step.language}]: ${step.text}`;
    case 'music':
      return `  caller hears music (${step.prompt})`;
    case 'input':
      return `  caller keys in ${step.digits}`;
    case 'timeout':
      return '  caller keys in nothing (timeout)';
    case 'lambda': {
      const call = `  λ ${step.name}(${pairs(step.parameters)})`;
      return step.error === undefined
        ? `${call} → ${pairs(step.result ?? {})}`
        : `${call} failed: ${step.error}`;
    }
    case 'attributes':
      return `  attributes: ${pairs(step.set)}`;
    case 'voice':
      return `  voice ${step.voice}`;
    case 'recording':
      return `  recording ${step.participants.length > 0 ? step.participants.join(' and ') : 'off'}`;
    case 'hook':
      return `  ${step.hook} → ${step.flow}`;
    case 'priority':
      return `  queue priority ${step.priority}`;
    case 'error':
      return `  error branch: ${step.error}`;
    case 'queue':
      return `  queued in ${step.queue} at priority ${step.priority}`;
    case 'transfer':
      return `  transferred to ${step.to} (${step.number})`;
    case 'callback':
      return `  callback booked in ${step.queue} to ${step.number}`;
    case 'waiting':
      return `  waiting in ${step.queue}`;
    case 'agent':
      return `  operator ${step.event === 'connected' ? 'answers' : 'hangs up'} (${step.username})`;
    case 'disconnect':
      return '  call ends';
    default:
      return undefined;
  }
}

function outcomeLine(outcome: Outcome): string {
  if (outcome.kind === 'queue') return `queued in ${outcome.queue} at priority ${outcome.priority}`;
  if (outcome.kind === 'transfer') return `transferred to ${outcome.to}`;
  // Masked here as in the steps: a printed transcript is easily pasted into a ticket.
  if (outcome.kind === 'callback')
    return `callback in ${outcome.queue} to ${maskPhoneNumber(outcome.callbackNumber)}`;
  return 'disconnected';
}

/** A transcript people read: what the caller heard and keyed, what the flows did, and how it ended. */
export function formatCall(call: CallTranscript): string {
  const lines = [
    `Call to ${call.hotline}, contact ${call.contactId}`,
    ...call.steps.map(stepLine).filter((line): line is string => line !== undefined),
    '',
    `Outcome:   ${outcomeLine(call.outcome)}`,
    `Language:  ${call.language ?? 'not chosen'}`,
    `Rating:    ${call.rating ?? 'none'}`,
    `Recording: ${call.recording ?? 'none'}`,
  ];
  return `${lines.join('\n')}\n`;
}
