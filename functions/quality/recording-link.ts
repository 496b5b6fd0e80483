import { appendAudit } from '../recordings/adapters/audit-log';
import { presignRecording, signingCredentialsExpiry } from '../recordings/adapters/recording-objects';
import type { AuditActor } from '../recordings/domain/audit';
import { parseRecordingLocation } from '../recordings/domain/contact-record';
import { urlLifetime } from '../recordings/domain/signed-url';
import type { AnsweredCall } from './domain/call-fact';

export interface RecordingLinkDeps {
  readonly recordingsBucket: string;
  readonly auditTable: string;
  readonly now: () => number;
}

export interface EvaluationRecording {
  readonly url: string;
  readonly expiresAt: string;
}

/**
 * A supervisor's way to a call's recording for evaluation, through the recordings capability's audited path:
 * a URL valid at most 15 minutes, issued fresh on each read and never stored, each one written first to the
 * append-only audit log (action `url_issued`, purpose `quality-evaluation`) under the supervisor's identity.
 * Only recordings in the hotline's own bucket are signed.
 */
export async function evaluationRecordings(
  deps: RecordingLinkDeps,
  call: AnsweredCall,
  actor: AuditActor,
): Promise<EvaluationRecording[]> {
  const locations = call.recordings
    .map(parseRecordingLocation)
    .filter((location) => location !== undefined && location.bucket === deps.recordingsBucket);
  if (locations.length === 0) return [];
  const credentialsExpireAt = await signingCredentialsExpiry();
  const links: EvaluationRecording[] = [];
  for (const location of locations) {
    if (!location) continue;
    const now = deps.now();
    const lifetime = urlLifetime(now, credentialsExpireAt);
    await appendAudit(deps.auditTable, {
      action: 'url_issued',
      at: new Date(now).toISOString(),
      actor,
      contactId: call.contactId,
      expiresAt: lifetime.expiresAt,
      details: { purpose: 'quality-evaluation', operator: call.operator },
    });
    links.push({ url: await presignRecording(location, lifetime.seconds), expiresAt: lifetime.expiresAt });
  }
  return links;
}
