import type { SignedFetch } from '../../api/signed-fetch';

// The quality routes (functions/quality/api-handler.ts) as the desktop uses them.

export type LocalText = { kk: string; ru: string; en: string };
export type Answer = boolean | number | 'na';

export interface FormQuestion {
  id: string;
  kind: 'yesNo' | 'scale';
  text: LocalText;
  weight: number;
  allowNa: boolean;
  critical?: boolean;
}
export interface EvaluationForm {
  hotline: string;
  version: number;
  sections: Array<{ id: string; title: LocalText; questions: FormQuestion[] }>;
}
export interface Score {
  percent: number;
  criticalFail: boolean;
  failedCritical: string[];
  weightedPercent: number;
}
export interface WeekCall {
  contactId: string;
  operator: string;
  day: string;
  initiatedAt: string;
  handleSeconds: number;
  transferred: boolean;
  language: string | null;
  topic: string | null;
  urgent: boolean;
  rating: number | null;
  sampled: 'random' | 'low-rating' | 'low-rating-transferred' | null;
  evaluation: { percent: number; criticalFail: boolean } | null;
  recordings: string[];
}
export interface Evaluation {
  contactId: string;
  operator: string;
  week: string;
  day: string;
  comment: string;
  score: Score;
  rating: number | null;
  reason: string;
  evaluatedAt: string;
}
export interface PracticeCheck {
  question: string;
  expected: string;
  actual: string;
  met: boolean | 'na';
}
export interface PracticeResult {
  scenarioId: string;
  at: string;
  score: Score;
  checks: PracticeCheck[];
}
export interface Scenario {
  id: string;
  language: string;
  title: LocalText;
  menu: string[];
  topic: string;
  callerSays: string;
  expected: { referral: string | null; register: boolean; urgent: boolean; transferTo1414: boolean };
}
export interface PracticeAnswer {
  articlesOpened: string[];
  referral: string | null;
  registered: boolean;
  urgent: boolean;
  transferredTo1414: boolean;
}
interface Average {
  count: number;
  average: number | null;
}
export interface ScorecardRow {
  week: string;
  operator: string;
  calls: number;
  averageHandleSeconds: number | null;
  ratings: Average & { low: number };
  transferredRatings: Average;
  evaluations: Average & { criticalFails: number };
  practice: Average;
  /** Appeals the operator registered in the week and how their answer deadlines went. */
  appeals: {
    registered: number;
    slaMet: number;
    slaBreached: number;
    slaOpen: number;
    slaMetPercent: number | null;
  };
}
export interface Scorecard {
  week: string;
  rows: ScorecardRow[];
  trends: Record<
    string,
    {
      ratingChange: number | null;
      evaluationChange: number | null;
      appealsChange?: number | null;
      slaMetPercentChange?: number | null;
    }
  >;
  series: ScorecardRow[];
  /** The same rows as CSV, for the download. */
  csv: string;
}

/** The quality API, signed like every call; `idToken` names the operator on their own routes. */
export function qualityApi(apiUrl: string, signed: SignedFetch, idToken: string) {
  const url = (path: string, query: Record<string, string | undefined> = {}) => {
    const target = new URL(`${apiUrl}${path}`);
    for (const [name, value] of Object.entries(query)) if (value) target.searchParams.set(name, value);
    return target.toString();
  };
  const me = { 'x-qoldau-id-token': idToken };
  return {
    form: () =>
      signed<{ form: EvaluationForm }>({ method: 'GET', url: url('/quality/forms') }).then((a) => a.form),
    scenarios: () =>
      signed<{ scenarios: Scenario[] }>({ method: 'GET', url: url('/quality/scenarios') }).then(
        (a) => a.scenarios,
      ),
    calls: (week?: string) =>
      signed<{ week: string; calls: WeekCall[] }>({ method: 'GET', url: url('/quality/calls', { week }) }),
    recording: (contactId: string, week: string) =>
      signed<{ recordings: Array<{ url: string; expiresAt: string }> }>({
        method: 'GET',
        url: url(`/quality/calls/${encodeURIComponent(contactId)}/recording`, { week }),
      }),
    evaluate: (contactId: string, week: string, answers: Record<string, Answer>, comment: string) =>
      signed<Evaluation>({
        method: 'PUT',
        url: url(`/quality/evaluations/${encodeURIComponent(contactId)}`),
        body: { week, answers, comment },
      }),
    evaluations: (week?: string) =>
      signed<{ week: string; evaluations: Evaluation[] }>({
        method: 'GET',
        url: url('/quality/evaluations', { week }),
      }),
    myResults: (week?: string) =>
      signed<{ week: string; evaluations: Evaluation[]; practice: PracticeResult[] }>({
        method: 'GET',
        url: url('/quality/my/results', { week }),
        headers: me,
      }),
    practice: (scenarioId: string, answer: PracticeAnswer) =>
      signed<PracticeResult>({
        method: 'POST',
        url: url('/quality/practice'),
        body: { scenarioId, answer },
        headers: me,
      }),
    scorecard: (week?: string) =>
      signed<Scorecard>({ method: 'GET', url: url('/quality/scorecard', { week, weeks: '6' }) }),
  };
}

export type QualityApi = ReturnType<typeof qualityApi>;

/** The ISO week of today in Almaty (UTC+5), as the API names weeks. */
export function currentWeek(now = Date.now()): string {
  const local = new Date(now + 5 * 3600_000);
  const thursday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const jan4 = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week =
    1 +
    Math.round(((thursday.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
