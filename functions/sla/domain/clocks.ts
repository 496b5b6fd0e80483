/**
 * The clocks SLA timers keep. One subject can run more than one clock: an urgent 111 appeal has its answer
 * deadline (working days) and, from the moment the state bodies were alerted, the acknowledgement clock
 * (`sla.urgentAckMinutes`, round the clock). Every SLA event names its clock, so a reminder to chase the
 * state bodies is never mistaken for one about the answer.
 */

export const TIMER_CLOCKS = ['answer', 'delivery', 'urgent-ack'] as const;
export type TimerClock = (typeof TIMER_CLOCKS)[number];

/** What each kind of timer times when its start names no clock (timers started before clocks had names). */
export const DEFAULT_CLOCK = { appeal: 'answer', recording: 'delivery' } as const satisfies Record<
  string,
  TimerClock
>;

/**
 * The id part of an appeal SLA event's history key (`H#<at>#<id>`): the event type, and for any clock but
 * the answer clock the clock too, so two clocks' events at the same instant never overwrite each other
 * while the answer clock keeps the keys it always had.
 */
export function slaHistoryId(type: string, clock: TimerClock): string {
  return clock === 'answer' ? type : `${type}:${clock}`;
}
