/** One queue now, as a supervisor watches it. */
export interface LiveQueue {
  readonly queue: string;
  readonly waiting: number;
  readonly oldestWaitSeconds: number;
  readonly agentsAvailable: number;
  /** Operators logged in with any status but Offline (Connect's AGENTS_ONLINE): on a call or not. */
  readonly agentsOnline: number;
}

export interface LiveQueueView {
  readonly targetSeconds: number;
  readonly queues: readonly LiveQueue[];
  readonly totals: {
    readonly waiting: number;
    readonly oldestWaitSeconds: number;
    /** An operator serves several queues: the most available in any one queue, not a sum that counts people twice. */
    readonly agentsAvailable: number;
    /** Operators logged in, counted the same way: the staffing heat map sets them beside the plan. */
    readonly agentsOnline: number;
    /** The oldest caller has waited longer than the target. */
    readonly overTarget: boolean;
  };
}

export function liveQueueView(queues: readonly LiveQueue[], targetSeconds: number): LiveQueueView {
  const oldest = Math.max(0, ...queues.map((queue) => queue.oldestWaitSeconds));
  return {
    targetSeconds,
    queues,
    totals: {
      waiting: queues.reduce((sum, queue) => sum + queue.waiting, 0),
      oldestWaitSeconds: oldest,
      agentsAvailable: Math.max(0, ...queues.map((queue) => queue.agentsAvailable)),
      agentsOnline: Math.max(0, ...queues.map((queue) => queue.agentsOnline)),
      overTarget: oldest > targetSeconds,
    },
  };
}
