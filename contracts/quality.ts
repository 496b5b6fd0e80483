/**
 * Quality control and training (`functions/quality`, `infra/constructs/quality`), written once here.
 *
 * Layout of the quality table, one partition per ISO week so a scorecard reads a week without scanning:
 *
 * | item            | pk            | sk                                        |
 * |-----------------|---------------|-------------------------------------------|
 * | answered call   | `WEEK#<week>` | `CALL#<contactId>`                        |
 * | evaluation      | `WEEK#<week>` | `EVAL#<operator>#<contactId>`             |
 * | practice result | `WEEK#<week>` | `PRACTICE#<operator>#<ISO time>#<scenario>` |
 */
export const qualityKeys = {
  week: (week: string) => `WEEK#${week}`,
  call: (contactId: string) => `CALL#${contactId}`,
  evaluation: (operator: string, contactId: string) => `EVAL#${operator}#${contactId}`,
  evaluationsOf: (operator?: string) => (operator ? `EVAL#${operator}#` : 'EVAL#'),
  practice: (operator: string, at: string, scenarioId: string) => `PRACTICE#${operator}#${at}#${scenarioId}`,
  practiceOf: (operator?: string) => (operator ? `PRACTICE#${operator}#` : 'PRACTICE#'),
} as const;

/**
 * The desktop sends the signed-in person's Cognito IdToken in this header on the routes that act for one
 * operator (their own results, their practice calls). The function checks its signature against the user
 * pool's keys and that it belongs to the identity that signed the request, and takes the user name from it.
 */
export const ID_TOKEN_HEADER = 'x-qoldau-id-token';

/** Settings CDK passes to the quality functions (`QUALITY_SETTINGS`, JSON). */
export interface QualitySettings {
  /** Calls drawn at random per operator and week for evaluation. */
  readonly samplePerOperator: number;
  /** Caller ratings at or below this are always evaluated. */
  readonly lowRatingAtMost: number;
  /** Sender and recipients of the weekly summary. */
  readonly summaryFrom: string;
  readonly summaryTo: readonly string[];
}
