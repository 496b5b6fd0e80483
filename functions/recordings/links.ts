import { presignRecording, signingCredentialsExpiry } from './adapters/recording-objects';
import type { StoredRequest } from './adapters/request-store';
import type { AuditActor } from './domain/audit';
import { urlLifetime } from './domain/signed-url';
import { audit } from './request-service';

/** A recording as handed to the authorized body: a short-lived URL and what identifies the call. */
export interface RecordingLink {
  readonly contactId: string;
  readonly url: string;
  readonly expiresAt: string;
  readonly initiatedAt: string;
  readonly disconnectedAt: string | null;
  readonly queue: string | null;
  readonly operator: string | null;
}

/**
 * Issues a fresh presigned URL for every recording of a fulfilled request, each written to the audit log with
 * the caller who received it. URLs are never stored: each read issues new ones.
 */
export async function issueLinks(
  deps: { readonly auditTable: string; readonly now: () => number },
  request: StoredRequest,
  caller: AuditActor,
): Promise<RecordingLink[]> {
  if (request.status !== 'fulfilled' || !request.recordings?.length) return [];
  const credentialsExpireAt = await signingCredentialsExpiry();
  const links: RecordingLink[] = [];
  for (const recording of request.recordings) {
    const now = deps.now();
    const lifetime = urlLifetime(now, credentialsExpireAt);
    const url = await presignRecording(recording, lifetime.seconds);
    await audit(deps, {
      action: 'url_issued',
      at: new Date(now).toISOString(),
      actor: caller,
      requestId: request.requestId,
      contactId: recording.contactId,
      expiresAt: lifetime.expiresAt,
    });
    links.push({
      contactId: recording.contactId,
      url,
      expiresAt: lifetime.expiresAt,
      initiatedAt: recording.initiatedAt,
      disconnectedAt: recording.disconnectedAt,
      queue: recording.queue,
      operator: recording.operator,
    });
  }
  return links;
}

/** The request as the API shows it: never the lookup hash, the reason only to those who can read it anyway. */
export function requestView(request: StoredRequest, links: readonly RecordingLink[] = []) {
  return {
    requestId: request.requestId,
    hotline: request.hotline,
    status: request.status,
    date: request.day,
    reason: request.reason,
    requestedAt: request.requestedAt,
    deadline: request.deadline,
    ...(request.closedAt ? { closedAt: request.closedAt } : {}),
    ...(request.deadlineMet === undefined ? {} : { deadlineMet: request.deadlineMet }),
    recordings: links,
    ...(request.missing?.length ? { missing: request.missing } : {}),
  };
}
