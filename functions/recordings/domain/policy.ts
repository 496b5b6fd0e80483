import { type RecordingsPolicy, RecordingsPolicySchema } from '../../../contracts/function-settings';

/** The hotline's rules for recordings, from their environment variable (`RECORDINGS_POLICY`, JSON). */
export type { RecordingsPolicy };

export function parseRecordingsPolicy(json: string): RecordingsPolicy {
  return RecordingsPolicySchema.parse(JSON.parse(json));
}
