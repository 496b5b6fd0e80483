import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { appealKeys } from '../../contracts/keys/appeal-keys';
import { dynamoDocuments } from '../shared/aws-clients';
import { sendRawEmail } from './adapters/mailer';
import { APPEAL_STATUSES } from './domain/appeal';
import { buildRawEmail } from './domain/raw-email';
import {
  type ReportedAppeal,
  type ReportPeriod,
  type ReportRow,
  reportCsv,
  reportTotals,
  summarizeAppeals,
} from './domain/report';
import type { AppealSettings } from './domain/settings';

/**
 * The scheduled summary of received appeals: appeals received in the period are read from the byStatus
 * index (one query per status, by receipt time), counted, and sent as a CSV attachment to the configured
 * recipients.
 */

export interface ReportDeps {
  readonly tableName: string;
  readonly settings: AppealSettings;
}

export interface SentReport {
  readonly period: ReportPeriod;
  readonly rows: readonly ReportRow[];
  readonly recipients: readonly string[];
  readonly filename: string;
  readonly messageId?: string;
}

export async function receivedAppeals(tableName: string, period: ReportPeriod): Promise<ReportedAppeal[]> {
  const appeals: ReportedAppeal[] = [];
  for (const status of APPEAL_STATUSES) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await dynamoDocuments().send(
        new QueryCommand({
          TableName: tableName,
          IndexName: appealKeys.statusIndex.name,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          ExpressionAttributeValues: {
            ':pk': appealKeys.statusIndex.pk(status),
            ':from': period.from,
            ':to': period.to,
          },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        // BETWEEN includes its upper bound; the period does not.
        if (item['gsi1sk'] === period.to) continue;
        appeals.push({
          hotline: item['hotline'],
          channel: item['channel'],
          status: item['status'],
          receivedAt: item['receivedAt'],
          ...(item['topic'] ? { topic: item['topic'] } : {}),
          ...(item['deadline'] ? { deadline: item['deadline'] } : {}),
          ...(item['answeredAt'] ? { answeredAt: item['answeredAt'] } : {}),
        } as ReportedAppeal);
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
  return appeals;
}

export async function sendReport(deps: ReportDeps, period: ReportPeriod, now: string): Promise<SentReport> {
  const rows = summarizeAppeals(await receivedAppeals(deps.tableName, period), now);
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
  const messageId = await sendRawEmail(deps.settings.fromAddress, recipients, raw);
  return { period, rows, recipients, filename, messageId };
}
