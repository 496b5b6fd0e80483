import type { CallFacts, ContactState } from './contact-state';

/** Thrown for a JSONPath the simulator cannot answer; the caller names the action and parameter. */
export class UnknownJsonPathError extends Error {
  override readonly name = 'UnknownJsonPathError';
  constructor(readonly path: string) {
    super(`JSONPath ${path} is not supported by the simulator`);
  }
}

const JSON_PATH = /\$\.[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)*/g;
const WHOLE_JSON_PATH = /^\$\.[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)*$/;

const asText = (value: number | string | undefined): string => (value === undefined ? '' : String(value));

function metric(contact: ContactState, path: string): string {
  const m = contact.metrics;
  if (m === undefined) return '';
  const v = m.values;
  const byPath: Record<string, number | string | undefined> = {
    'Queue.Name': m.queue.name,
    'Queue.ARN': m.queue.arn,
    'Queue.Size': v.size,
    'Queue.OldestContactAge': v.oldestContactAgeSeconds,
    'Queue.EstimatedWaitTime': v.estimatedWaitTimeSeconds,
    'Agents.Online.Count': v.agentsOnline,
    'Agents.Available.Count': v.agentsAvailable,
    'Agents.Staffed.Count': v.agentsStaffed,
  };
  if (!(path in byPath)) throw new UnknownJsonPathError(`$.Metrics.${path}`);
  return asText(byPath[path]);
}

/** The value of one JSONPath for this contact; unset attributes read as an empty string, as in Connect. */
export function readJsonPath(path: string, contact: ContactState, call: CallFacts): string {
  const [root, ...rest] = path.slice(2).split('.');
  const tail = rest.join('.');
  switch (root) {
    case 'Attributes':
      return contact.attributes[tail] ?? '';
    case 'External':
      return contact.external[tail] ?? '';
    case 'Metrics':
      return metric(contact, tail);
    default:
      break;
  }
  const system: Record<string, string | undefined> = {
    StoredCustomerInput: contact.storedInput,
    Channel: 'VOICE',
    ContactId: contact.contactId,
    InitialContactId: contact.initialContactId,
    PreviousContactId: contact.previousContactId ?? undefined,
    InitiationMethod: contact.initiationMethod,
    InstanceARN: call.instanceArn,
    'CustomerEndpoint.Address': call.customerEndpoint.Address,
    'SystemEndpoint.Address': call.systemEndpoint.Address,
    'Queue.Name': contact.targetQueue?.name,
    'Queue.ARN': contact.targetQueue?.arn,
    // Known once an operator accepted the contact (whisper flows); empty before, as in Connect.
    'Agent.UserName': contact.agent?.username,
    'Agent.ARN': contact.agent?.arn,
  };
  const key = path.slice(2);
  if (!(key in system)) throw new UnknownJsonPathError(path);
  return system[key] ?? '';
}

export const isJsonPath = (value: string): boolean => WHOLE_JSON_PATH.test(value);

/** A parameter value: a whole JSONPath is looked up, anything else is taken literally. */
export function resolveValue(value: string, contact: ContactState, call: CallFacts): string {
  return isJsonPath(value) ? readJsonPath(value, contact, call) : value;
}

/** Text with JSONPath references inside ("Calls waiting: $.Metrics.Queue.Size."), as Connect speaks it. */
export function interpolate(text: string, contact: ContactState, call: CallFacts): string {
  return text.replace(JSON_PATH, (path) => readJsonPath(path, contact, call));
}
