import * as z from 'zod';
import { logger } from '../shared/logger';
import { almatyDayOf } from '../sla/domain/almaty-time';
import { sendSummary } from './adapters/summary-mail';
import { weeklySummary } from './domain/summary';
import { isIsoWeek, isoWeekOf, previousWeek } from './domain/week';
import { readScorecardEnvironment } from './environment';
import { scorecardView } from './scorecard-view';

const env = readScorecardEnvironment();

/** `{ "week": "2026-W49" }` runs a given week (on demand); a scheduled event runs the week just ended. */
const OnDemand = z.object({
  week: z.string().refine(isIsoWeek, 'must be an ISO week like 2026-W49').optional(),
});

/**
 * The weekly quality summary (EventBridge schedule, `quality.summaryCron`): the scorecard of the week just
 * ended, e-mailed with its CSV to the hotline's `supervisor` report recipients.
 */
export const handler = async (event: unknown) => {
  const parsed = OnDemand.safeParse(event ?? {});
  const week = (parsed.success && parsed.data.week) || previousWeek(isoWeekOf(almatyDayOf(Date.now())));
  const view = await scorecardView(env, week, 2);
  if (env.settings.summaryTo.length === 0) {
    logger.warn('No supervisor recipients for the weekly quality summary', { week });
    return { week, sent: false, recipients: 0 };
  }
  const messageId = await sendSummary(
    env.settings.summaryFrom,
    env.settings.summaryTo,
    weeklySummary(env.hotline, week, view.rows, view.trends),
    { filename: `scorecard-${env.hotline}-${week}.csv`, content: view.csv },
  );
  logger.info('Weekly quality summary sent', { week, recipients: env.settings.summaryTo.length });
  return {
    week,
    sent: true,
    recipients: env.settings.summaryTo.length,
    messageId,
    operators: view.rows.length - 1,
  };
};
