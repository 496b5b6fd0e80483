import type { IndexEntry, RecordingLocation } from './contact-record';

/**
 * Contact records arrive at least once and in any order, and a later record of the same contact may add what
 * an earlier one lacked (the recording, the disconnect time). Merging is therefore field by field: the newer
 * record (by `lastUpdate`) wins where it has a value, the older one fills its gaps, recordings are the union.
 * Merging is commutative for distinct update times and idempotent, so duplicates and reordering converge on
 * the same entry.
 */
export function mergeEntries(existing: IndexEntry | undefined, incoming: IndexEntry): IndexEntry {
  if (existing === undefined) return { ...incoming, recordings: unionOfRecordings(incoming.recordings, []) };
  // On a tie the entry already stored wins: a duplicate changes nothing.
  const [newer, older] =
    incoming.lastUpdate > existing.lastUpdate ? [incoming, existing] : [existing, incoming];
  return {
    lookup: existing.lookup,
    contactId: existing.contactId,
    day: newer.day,
    initiatedAt: newer.initiatedAt,
    disconnectedAt: newer.disconnectedAt ?? older.disconnectedAt,
    initiationMethod: newer.initiationMethod ?? older.initiationMethod,
    queue: newer.queue ?? older.queue,
    operator: newer.operator ?? older.operator,
    recordings: unionOfRecordings(newer.recordings, older.recordings),
    lastUpdate: newer.lastUpdate,
    firstIndexedAt: earliest(existing.firstIndexedAt, incoming.firstIndexedAt),
    expiresAt: Math.max(existing.expiresAt, incoming.expiresAt),
  };
}

function earliest(a: string, b: string): string {
  return a <= b ? a : b;
}

function unionOfRecordings(
  first: readonly RecordingLocation[],
  second: readonly RecordingLocation[],
): RecordingLocation[] {
  const byLocation = new Map<string, RecordingLocation>();
  for (const location of [...first, ...second])
    byLocation.set(`${location.bucket}/${location.key}`, location);
  return [...byLocation.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, location]) => location);
}

/** True when storing `merged` would change nothing: the record was a duplicate or older news. */
export function sameEntry(stored: IndexEntry, merged: IndexEntry): boolean {
  return stableJson(stored) === stableJson(merged);
}

// Items read back from DynamoDB do not keep the order of map keys: compare with sorted keys.
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
