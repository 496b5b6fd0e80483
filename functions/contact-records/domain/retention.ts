/**
 * How long the store keeps a contact's summary: a year and a season, so a planner can compare an hour of the
 * week with the same weeks a year before. Summaries hold no caller data, so keeping them that long costs
 * nobody privacy; DynamoDB's TTL removes them afterwards.
 */
export const SUMMARY_RETENTION_DAYS = 400;

/** Epoch seconds after which the TTL may remove a summary of a contact started at `initiatedAt`. */
export function summaryExpiresAt(initiatedAt: string): number {
  return Math.floor(Date.parse(initiatedAt) / 1000) + SUMMARY_RETENTION_DAYS * 86_400;
}
