import middy from '@middy/core';
import * as z from 'zod';
import { ENV, readEnv } from '../shared/env';
import { logger } from '../shared/logger';
import { DynamoAppealStore } from './adapters/appeal-store';
import { sesMailer } from './adapters/mailer';
import { previousAlmatyDay, type ReportPeriod } from './domain/report';
import { parseAppealSettings } from './domain/settings';
import { type ReportDeps, type SentReport, sendReport } from './reporting';

// The report function reads the register and sends mail; it starts no timers, so it builds only what it uses.
const env = readEnv([ENV.appealsTable, ENV.appealSettings]);
const deps: ReportDeps = {
  settings: parseAppealSettings(env[ENV.appealSettings]),
  store: new DynamoAppealStore(env[ENV.appealsTable]),
  mailer: sesMailer,
};

/** An explicit period (`{from, to}`, ISO instants) for a report on demand; the schedule sends none. */
const OnDemand = z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) });

/**
 * The scheduled appeal report (EventBridge, `reports.scheduleCron`): yesterday's appeals in Almaty,
 * summarized as CSV and e-mailed to `reports.recipients`.
 */
export const handler = middy<unknown, Omit<SentReport, 'rows'> & { rows: number }>().handler(
  async (event) => {
    const now = new Date().toISOString();
    const explicit = OnDemand.safeParse(event);
    const period: ReportPeriod = explicit.success
      ? {
          from: new Date(explicit.data.from).toISOString(),
          to: new Date(explicit.data.to).toISOString(),
          day: explicit.data.from.slice(0, 10),
        }
      : previousAlmatyDay(now);
    const sent = await sendReport(deps, period, now);
    logger.info('Appeal report sent', {
      day: period.day,
      rows: sent.rows.length,
      recipients: sent.recipients.length,
    });
    return { ...sent, rows: sent.rows.length };
  },
);
