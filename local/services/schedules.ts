import { randomUUID } from 'node:crypto';
import { METRICS_SCHEDULE_METADATA } from '../../infra/constructs/sla/wait-time-monitoring';
import type { LocalContext, LocalService } from '../context';
import { LOCAL_ACCOUNT } from '../intrinsics';
import { resourcesOfType } from '../template-model';

/** An EventBridge rule of the templates that invokes a function at a fixed rate. */
export interface LocalSchedule {
  readonly hotline: string;
  readonly ruleArn: string;
  readonly functionArn: string;
  readonly everyMs: number;
  /** Marked `qoldau:metrics-schedule`: the monitoring stand-in runs it (and on demand). */
  readonly metrics: boolean;
}

/**
 * The templates' `rate(N minutes)` rules and their function targets. Cron rules (the daily appeal report)
 * are not run locally; they have endpoints to run them on demand.
 */
export function readRateSchedules(context: LocalContext): LocalSchedule[] {
  const schedules: LocalSchedule[] = [];
  for (const { model, names } of context.stacks.values()) {
    for (const [logicalId, resource] of resourcesOfType(model.template, 'AWS::Events::Rule')) {
      const props = names.resolve(resource.Properties ?? {}) as {
        ScheduleExpression?: string;
        Targets?: Array<{ Arn: string }>;
      };
      const rate = /^rate\((\d+) minutes?\)$/.exec(props.ScheduleExpression ?? '');
      if (!rate) continue;
      for (const target of props.Targets ?? []) {
        schedules.push({
          hotline: model.hotline,
          ruleArn: `arn:aws:events:${names.region}:${LOCAL_ACCOUNT}:rule/${names.ref(logicalId)}`,
          functionArn: target.Arn,
          everyMs: Number(rate[1]) * 60_000,
          metrics: resource.Metadata?.[METRICS_SCHEDULE_METADATA] === true,
        });
      }
    }
  }
  return schedules;
}

/** The event EventBridge gives a scheduled target. */
export function scheduledEvent(schedule: LocalSchedule, time: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: LOCAL_ACCOUNT,
    time,
    region: schedule.ruleArn.split(':')[3],
    resources: [schedule.ruleArn],
    detail: {},
  };
}

/** Invokes each schedule's function at its rate until stopped; failures are logged, as EventBridge would retry. */
export function runEvery(context: LocalContext, schedules: readonly LocalSchedule[]): () => void {
  const timers = schedules.map((schedule) => {
    const timer = setInterval(() => {
      void context.lambdas
        .invoke(schedule.functionArn, scheduledEvent(schedule, new Date().toISOString()))
        .catch((error: Error) => context.log(`schedule ${schedule.ruleArn}: ${error.message}`));
    }, schedule.everyMs);
    timer.unref();
    return timer;
  });
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}

/**
 * EventBridge schedules, locally: every rate rule of the templates other than the metric schedules (which
 * the monitoring stand-in runs), such as the recording-request sweep every minute, so a request waiting
 * for its upload is fulfilled without anyone reading it. The test runtime turns this off: its tests drive
 * those functions themselves, with their own clocks.
 */
export function schedulesService(): LocalService {
  let stopTimers = () => {};
  return {
    name: 'schedules',
    async start(context: LocalContext) {
      stopTimers = runEvery(
        context,
        readRateSchedules(context).filter((schedule) => !schedule.metrics),
      );
    },
    async stop() {
      stopTimers();
    },
  };
}
