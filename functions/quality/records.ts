import type { PracticeCheck } from './domain/practice';
import type { SampleReason } from './domain/sampling';
import type { Answers, Score } from './domain/scoring';

/** An evaluation as stored and shown: the answers, the form version they were scored against, the score. */
export interface StoredEvaluation {
  readonly contactId: string;
  readonly operator: string;
  readonly week: string;
  /** Almaty day of the evaluated call. */
  readonly day: string;
  readonly formVersion: number;
  readonly answers: Answers;
  readonly comment: string;
  readonly score: Score;
  /** Why the call was evaluated (the sample), or `chosen` when the supervisor picked it. */
  readonly reason: SampleReason | 'chosen';
  readonly rating: number | null;
  readonly evaluatedAt: string;
  /** The supervisor's role session (an IAM identity, never a person's name). */
  readonly evaluatedBy: string;
}

export interface StoredPractice {
  readonly operator: string;
  readonly week: string;
  readonly day: string;
  readonly at: string;
  readonly scenarioId: string;
  readonly formVersion: number;
  readonly score: Score;
  readonly checks: readonly PracticeCheck[];
}
