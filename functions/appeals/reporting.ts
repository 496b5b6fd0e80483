import { buildRawEmail } from './domain/raw-email';
import {
  type ReportPeriod,
  type ReportRow,
  reportCsv,
  reportTotals,
  summarizeAppeals,
} from './domain/report';
import type { AppealDeps } from './ports';

/**
 * The scheduled summary of received appeals: appeals received in the period (`store.receivedIn`) are
 * counted and sent as a CSV attachment to the configured recipients.
 */

export type ReportDeps = Pick<AppealDeps, 'settings' | 'mailer'> & {
  readonly store: Pick<AppealDeps['store'], 'receivedIn'>;
};

export interface SentReport {
  readonly period: ReportPeriod;
  readonly rows: readonly ReportRow[];
  readonly recipients: readonly string[];
  readonly filename: string;
  readonly messageId?: string;
}

export async function sendReport(deps: ReportDeps, period: ReportPeriod, now: string): Promise<SentReport> {
  const rows = summarizeAppeals(await deps.store.receivedIn(period), now);
  const totals = reportTotals(rows);
  const filename = `appeals-${deps.settings.hotline}-${period.day}.csv`;
  const recipients = deps.settings.reportRecipients.map((recipient) => recipient.email);
  if (recipients.length === 0) return { period, rows, recipients, filename };
  const raw = buildRawEmail({
    from: deps.settings.fromAddress,
    to: recipients,
    subject: `Appeals ${deps.settings.hotline}: ${period.day} (${totals.received} received)`,
    text: [
      `Appeals received by hotline ${deps.settings.hotline} from ${period.from} to ${period.to} (UTC).`,
      `Received: ${totals.received}. Deadline met: ${totals.met}, missed: ${totals.missed}, pending: ${totals.pending}.`,
      `Counts by channel, topic, status and deadline are in ${filename}.`,
    ].join('\n'),
    headers: { 'Auto-Submitted': 'auto-generated' },
    attachments: [{ filename, contentType: 'text/csv; charset=UTF-8', content: reportCsv(rows) }],
  });
  const messageId = await deps.mailer.sendRaw(deps.settings.fromAddress, recipients, raw);
  return { period, rows, recipients, filename, messageId };
}
