/**
 * Which calls supervisors evaluate each week. The same rules for every operator, so scores compare fairly:
 * `perOperator` calls drawn at random from each operator's answered calls, where "random" is a seeded hash
 * (the same week, seed and calls always give the same sample, and anyone can re-run it to check), plus every
 * call the caller rated 1 or 2. A low rating of a call the operator did not cause (it came in by transfer or
 * was transferred on) is still added, but marked apart so it is not counted against the operator.
 */

export interface SampleCall {
  readonly contactId: string;
  readonly operator: string;
  /** Caller's survey rating 1..5, if they gave one. */
  readonly rating?: number;
  /** The call reached the operator by transfer, or the operator transferred it on. */
  readonly transferred: boolean;
}

export type SampleReason = 'random' | 'low-rating' | 'low-rating-transferred';

export interface SampledCall {
  readonly contactId: string;
  readonly operator: string;
  readonly reason: SampleReason;
  readonly rating?: number;
}

export interface SamplingRules {
  /** Calls drawn at random per operator and week (low-rated calls come on top). */
  readonly perOperator: number;
  /** Ratings at or below this are always evaluated (1414 survey: 1..5). */
  readonly lowRatingAtMost: number;
  /** Fixes the draw: the hotline and week by default, so each week differs and reruns agree. */
  readonly seed: string;
}

export class InvalidSamplingError extends Error {
  override name = 'InvalidSamplingError';
}

/** FNV-1a, 32 bits: small, portable and stable across runtimes (the draw must not depend on the platform). */
export function seededRank(seed: string, contactId: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${contactId}`;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function sampleWeek(calls: readonly SampleCall[], rules: SamplingRules): SampledCall[] {
  if (!Number.isInteger(rules.perOperator) || rules.perOperator < 0)
    throw new InvalidSamplingError(`perOperator must be a whole number >= 0, not ${rules.perOperator}`);
  const byOperator = new Map<string, SampleCall[]>();
  const unique = new Map(calls.map((call) => [call.contactId, call]));
  for (const call of unique.values()) {
    byOperator.set(call.operator, [...(byOperator.get(call.operator) ?? []), call]);
  }
  const sample: SampledCall[] = [];
  for (const operator of [...byOperator.keys()].sort()) {
    const own = byOperator.get(operator) ?? [];
    const low = own.filter((call) => call.rating !== undefined && call.rating <= rules.lowRatingAtMost);
    const lowIds = new Set(low.map((call) => call.contactId));
    const drawn = own
      .filter((call) => !lowIds.has(call.contactId))
      .map((call) => ({ call, rank: seededRank(rules.seed, call.contactId) }))
      .sort((a, b) => a.rank - b.rank || a.call.contactId.localeCompare(b.call.contactId))
      .slice(0, rules.perOperator)
      .map(({ call }) => call);
    for (const call of drawn) sample.push(entry(call, 'random'));
    for (const call of low.sort((a, b) => a.contactId.localeCompare(b.contactId)))
      sample.push(entry(call, call.transferred ? 'low-rating-transferred' : 'low-rating'));
  }
  return sample;
}

function entry(call: SampleCall, reason: SampleReason): SampledCall {
  return {
    contactId: call.contactId,
    operator: call.operator,
    reason,
    ...(call.rating === undefined ? {} : { rating: call.rating }),
  };
}
