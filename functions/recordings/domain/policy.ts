import * as z from 'zod';

/**
 * The hotline's rules for recordings, passed from the configuration to the functions in one environment
 * variable (`RECORDINGS_POLICY`, JSON) so the functions never read the configuration themselves.
 */
export const RecordingsPolicySchema = z.object({
  /** Hours to deliver from receipt of the request; null when each request names its own deadline (111). */
  requestHours: z.number().positive().nullable(),
  /** Days recordings are kept: index entries expire with them. */
  retentionDays: z.number().int().positive(),
});
export type RecordingsPolicy = z.infer<typeof RecordingsPolicySchema>;

export function parseRecordingsPolicy(json: string): RecordingsPolicy {
  return RecordingsPolicySchema.parse(JSON.parse(json));
}
