import * as z from 'zod';
import { toE164 } from '../../../contracts/phone';
import { almatyDayOf } from '../../sla/domain/almaty-time';
import { lookupHash } from './lookup-key';

/**
 * Amazon Connect contact trace records (CTRs) as they arrive on the Kinesis stream, reduced to what the
 * recording index needs. Connect delivers them at least once and may send a contact's record again with a
 * later `LastUpdateTimestamp` (after-contact work, a recording that became available), so an entry is the
 * merge of every record seen for the contact (see `merge.ts`).
 */

const timestamp = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO-8601 time');

const RecordingSchema = z.object({
  Location: z.string().min(3).nullish(),
  MediaStreamType: z.string().nullish(),
  Status: z.string().nullish(),
});

export const ContactRecordSchema = z.object({
  ContactId: z.string().min(1).max(256),
  Channel: z.string(),
  InitiationMethod: z.string().nullish(),
  InitiationTimestamp: timestamp,
  DisconnectTimestamp: timestamp.nullish(),
  LastUpdateTimestamp: timestamp.nullish(),
  CustomerEndpoint: z.object({ Address: z.string().nullish(), Type: z.string().nullish() }).nullish(),
  Queue: z.object({ Name: z.string().nullish() }).nullish(),
  Agent: z.object({ Username: z.string().nullish() }).nullish(),
  Recording: RecordingSchema.nullish(),
  Recordings: z.array(RecordingSchema).nullish(),
});
export type ContactRecord = z.infer<typeof ContactRecordSchema>;

/** Where a recording lies in S3. */
export interface RecordingLocation {
  readonly bucket: string;
  readonly key: string;
}

/** One contact in the index, filed under the lookup hash of its caller's number and Almaty day. */
export interface IndexEntry {
  readonly lookup: string;
  readonly contactId: string;
  /** Day of the contact's start in Almaty, `YYYY-MM-DD`. */
  readonly day: string;
  readonly initiatedAt: string;
  readonly disconnectedAt: string | null;
  /** `INBOUND`, `OUTBOUND`, `TRANSFER`, `CALLBACK`... as Connect reports it. */
  readonly initiationMethod: string | null;
  readonly queue: string | null;
  /** The operator's Connect user name (a staff login, not a caller's data). */
  readonly operator: string | null;
  readonly recordings: readonly RecordingLocation[];
  /** `LastUpdateTimestamp` of the newest contact record merged into this entry. */
  readonly lastUpdate: string;
  /** When the index first heard of the contact: the clock for a recording's upload grace. */
  readonly firstIndexedAt: string;
  /** Epoch seconds after which DynamoDB's TTL removes the entry, with the recordings' retention. */
  readonly expiresAt: number;
}

export type SkipReason = 'not_a_contact_record' | 'not_a_voice_contact' | 'no_customer_number';

export type IndexingDecision =
  | { readonly kind: 'entry'; readonly entry: IndexEntry; readonly foreignRecordings: number }
  | { readonly kind: 'skipped'; readonly reason: SkipReason };

export interface IndexingOptions {
  readonly key: Uint8Array;
  /** Only recordings in this hotline's bucket are indexed; anything else cannot be signed for anyway. */
  readonly recordingsBucket: string;
  readonly retentionDays: number;
  readonly now: number;
}

/** Connect writes a recording's location as bucket name, `/`, object key. */
export function parseRecordingLocation(location: string): RecordingLocation | undefined {
  const slash = location.indexOf('/');
  if (slash <= 0 || slash === location.length - 1) return undefined;
  return { bucket: location.slice(0, slash), key: location.slice(slash + 1) };
}

function audioLocations(record: ContactRecord): string[] {
  const fromList = (record.Recordings ?? [])
    .filter((recording) => (recording.MediaStreamType ?? 'AUDIO') === 'AUDIO')
    .map((recording) => recording.Location);
  const locations = [...fromList, record.Recording?.Location].filter(
    (location): location is string => typeof location === 'string' && location.length > 0,
  );
  return [...new Set(locations)];
}

const DAY_SECONDS = 86_400;

/** Maps one contact record to its index entry, or says why the record has nothing to index. */
export function indexEntryOf(raw: unknown, options: IndexingOptions): IndexingDecision {
  const parsed = ContactRecordSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'skipped', reason: 'not_a_contact_record' };
  const record = parsed.data;
  if (record.Channel !== 'VOICE') return { kind: 'skipped', reason: 'not_a_voice_contact' };
  const e164 = record.CustomerEndpoint?.Address ? toE164(record.CustomerEndpoint.Address) : undefined;
  if (e164 === undefined) return { kind: 'skipped', reason: 'no_customer_number' };

  const initiatedMs = Date.parse(record.InitiationTimestamp);
  const day = almatyDayOf(initiatedMs);
  const locations = audioLocations(record)
    .map(parseRecordingLocation)
    .filter((location): location is RecordingLocation => location !== undefined);
  const recordings = locations.filter((location) => location.bucket === options.recordingsBucket);
  const iso = (value: string) => new Date(Date.parse(value)).toISOString();
  const entry: IndexEntry = {
    lookup: lookupHash(options.key, e164, day),
    contactId: record.ContactId,
    day,
    initiatedAt: iso(record.InitiationTimestamp),
    disconnectedAt: record.DisconnectTimestamp ? iso(record.DisconnectTimestamp) : null,
    initiationMethod: record.InitiationMethod ?? null,
    queue: record.Queue?.Name ?? null,
    operator: record.Agent?.Username ?? null,
    recordings,
    lastUpdate: iso(record.LastUpdateTimestamp ?? record.DisconnectTimestamp ?? record.InitiationTimestamp),
    firstIndexedAt: new Date(options.now).toISOString(),
    expiresAt: Math.floor(initiatedMs / 1000) + options.retentionDays * DAY_SECONDS,
  };
  return { kind: 'entry', entry, foreignRecordings: locations.length - recordings.length };
}
