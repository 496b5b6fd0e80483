import { almatyDayOf } from '../../sla/domain/almaty-time';
import { isoWeekOf } from './week';

/**
 * An answered call as quality control needs it, taken from Connect's contact trace record: who answered,
 * how long the operator spent, whether a transfer was involved, where the recording lies. No caller number:
 * supervisors pick calls by operator and week, never by caller.
 */
export interface AnsweredCall {
  readonly contactId: string;
  readonly operator: string;
  readonly day: string;
  readonly week: string;
  readonly initiatedAt: string;
  /** Talk time plus after-contact work, seconds. */
  readonly handleSeconds: number;
  readonly transferred: boolean;
  readonly language: string | null;
  readonly topic: string | null;
  readonly urgent: boolean;
  readonly queue: string | null;
  /** `bucket/key` of each audio recording. */
  readonly recordings: readonly string[];
}

interface RecordLike {
  ContactId?: unknown;
  Channel?: unknown;
  InitiationMethod?: unknown;
  InitiationTimestamp?: unknown;
  Agent?: {
    Username?: unknown;
    AgentInteractionDuration?: unknown;
    AfterContactWorkDuration?: unknown;
  } | null;
  Attributes?: Record<string, unknown> | null;
  Queue?: { Name?: unknown } | null;
  Recording?: { Location?: unknown } | null;
  Recordings?: { Location?: unknown; MediaStreamType?: unknown }[] | null;
  TransferredToEndpoint?: unknown;
  TransferCompletedTimestamp?: unknown;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;
const seconds = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

/** The answered call in a contact record, or undefined for records that are not one (IVR only, chat). */
export function answeredCallOf(raw: unknown): AnsweredCall | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as RecordLike;
  const contactId = text(record.ContactId);
  const operator = text(record.Agent?.Username);
  const initiated = text(record.InitiationTimestamp);
  if (!contactId || !operator || !initiated || record.Channel !== 'VOICE') return undefined;
  const at = Date.parse(initiated);
  if (Number.isNaN(at)) return undefined;
  const day = almatyDayOf(at);
  const locations = [
    ...(record.Recordings ?? [])
      .filter((recording) => (text(recording.MediaStreamType) ?? 'AUDIO') === 'AUDIO')
      .map((recording) => text(recording.Location)),
    text(record.Recording?.Location),
  ].filter((location): location is string => location?.includes('/') === true);
  const attributes = record.Attributes ?? {};
  return {
    contactId,
    operator,
    day,
    week: isoWeekOf(day),
    initiatedAt: new Date(at).toISOString(),
    handleSeconds:
      seconds(record.Agent?.AgentInteractionDuration) + seconds(record.Agent?.AfterContactWorkDuration),
    transferred:
      record.InitiationMethod === 'TRANSFER' ||
      text(record.TransferCompletedTimestamp) !== null ||
      (record.TransferredToEndpoint !== null && record.TransferredToEndpoint !== undefined),
    language: text(attributes['lang']),
    topic: text(attributes['topic']),
    urgent: attributes['urgent'] === 'true',
    queue: text(record.Queue?.Name),
    recordings: [...new Set(locations)],
  };
}
