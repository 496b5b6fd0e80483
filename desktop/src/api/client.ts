import type { SignedFetch } from './signed-fetch';

export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly snippet: string;
  readonly lang: string;
  readonly kind: 'article' | 'referral';
  readonly score: number;
}

export interface Article {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly body: string;
  readonly tags?: readonly string[];
  readonly category?: string;
  readonly version: number;
  readonly updatedAt: string;
}

export interface Referral {
  readonly id: string;
  readonly [field: string]: unknown;
}

export interface RegisteredAppeal {
  readonly registrationNumber: string;
  readonly deadline?: string;
  readonly status: string;
}

export interface AppealView {
  readonly number: string;
  readonly status: string;
  readonly deadline?: string;
  readonly urgent?: boolean;
  readonly [field: string]: unknown;
}

export interface ArticleVersion {
  readonly version: number;
  readonly title: string;
  readonly body: string;
  readonly lang: string;
  readonly at?: string;
  readonly by?: string;
  readonly [field: string]: unknown;
}

export interface VersionsPage {
  readonly id: string;
  readonly latestVersion: number;
  readonly publishedVersion: number | null;
  readonly versions: readonly ArticleVersion[];
}

export interface FeedbackEntry {
  readonly articleId: string;
  readonly kind: 'helpful' | 'outdated';
  readonly comment?: string;
  readonly at: string;
}

export interface CallerAppeal {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly topic?: string;
}

export interface LiveQueues {
  readonly targetSeconds: number;
  readonly queues: ReadonlyArray<{
    queue: string;
    waiting: number;
    oldestWaitSeconds: number;
    agentsAvailable: number;
  }>;
  readonly totals: {
    waiting: number;
    oldestWaitSeconds: number;
    agentsAvailable: number;
    /** Operators logged in (Connect's AGENTS_ONLINE). */
    agentsOnline?: number;
    overTarget: boolean;
  };
}

export interface BacklogAppeal {
  readonly number: string;
  readonly status: string;
  readonly receivedAt: string;
  readonly deadline?: string;
  readonly topic?: string;
  readonly urgentAckDeadline?: string;
  readonly overdue?: boolean;
  readonly ackOverdue?: boolean;
}

export interface Backlog {
  readonly appeals: readonly BacklogAppeal[];
  readonly urgentAwaitingAck: readonly BacklogAppeal[];
}

interface WaitSummary {
  readonly queued: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly averageWaitSeconds: number | null;
}

export interface QualityReport {
  readonly averageWaitTargetSeconds: number;
  readonly backlog: { open: number; overdue: number };
  readonly totals: { calls: WaitSummary; ratings: { rated: number; average: number | null } };
  readonly days: ReadonlyArray<{ day: string; calls: WaitSummary; ratings: { average: number | null } }>;
}

export interface ContactRating {
  readonly contactId: string;
  /** 1-5, or null when the caller declined. */
  readonly rating: number | null;
  readonly declined: boolean;
  readonly ratedAt: string;
}

/** `GET /staffing/plan`: operators needed per hour of the week (Asia/Almaty), Monday 00:00 first. */
export interface StaffingPlan {
  readonly from: string;
  readonly to: string;
  readonly model: 'erlang-c' | 'erlang-a';
  readonly targetWaitSeconds: number;
  readonly shrinkage: number;
  readonly hours: ReadonlyArray<{
    day: string;
    hour: number;
    callsOffered: number;
    ahtSeconds: number | null;
    agents: number;
    scheduled: number;
  }>;
  readonly operatorHours: number;
  readonly scheduledOperatorHours: number;
}

/**
 * The hotline API as the desktop uses it: every call SigV4-signed with the signed-in person's credentials.
 * `idToken` goes with a registration, so the register records who registered the appeal (the scorecard).
 */
export function apiClient(apiUrl: string, signed: SignedFetch, idToken?: string) {
  const url = (path: string, query: Record<string, string | undefined> = {}) => {
    const target = new URL(`${apiUrl}${path}`);
    for (const [name, value] of Object.entries(query))
      if (value !== undefined) target.searchParams.set(name, value);
    return target.toString();
  };
  const id = encodeURIComponent;
  return {
    search: (
      q: string,
      options: { lang?: string; kind?: 'article' | 'referral'; limit?: number },
      signal?: AbortSignal,
    ) =>
      signed<{ results: SearchHit[] }>(
        {
          method: 'GET',
          url: url('/kb/search', {
            q,
            lang: options.lang,
            kind: options.kind,
            limit: String(options.limit ?? 8),
          }),
        },
        signal,
      ).then((answer) => answer.results),
    article: (articleId: string) =>
      signed<Article>({ method: 'GET', url: url(`/kb/articles/${id(articleId)}`) }),
    referral: (bodyId: string) =>
      signed<Referral>({ method: 'GET', url: url(`/kb/referrals/${id(bodyId)}`) }),
    feedback: (articleId: string, kind: 'helpful' | 'outdated', comment?: string) =>
      signed<unknown>({
        method: 'POST',
        url: url(`/kb/articles/${id(articleId)}/feedback`),
        body: { kind, ...(comment ? { comment } : {}) },
      }),
    register: (appeal: { lang: string; topic?: string; text: string; phone?: string; urgent?: boolean }) =>
      signed<RegisteredAppeal>({
        method: 'POST',
        url: url('/appeals'),
        body: { channel: 'phone', ...appeal },
        ...(idToken ? { headers: { 'x-qoldau-id-token': idToken } } : {}),
      }),
    status: (number: string) =>
      signed<{ status: string; [field: string]: unknown }>({
        method: 'GET',
        url: url(`/appeals/${id(number)}/status`),
      }),
    callerAppeals: (phone: string) =>
      signed<{ appeals: CallerAppeal[] }>({
        method: 'POST',
        url: url('/callers/appeals'),
        body: { phone },
      }).then((answer) => answer.appeals),
    appeal: (number: string) => signed<AppealView>({ method: 'GET', url: url(`/appeals/${id(number)}`) }),
    refer: (number: string, bodyId: string, note?: string) =>
      signed<unknown>({
        method: 'POST',
        url: url(`/appeals/${id(number)}/transitions`),
        body: { to: 'referred', referral: { bodyId, ...(note ? { note } : {}) } },
      }),
    versions: (articleId: string) =>
      signed<VersionsPage>({ method: 'GET', url: url(`/kb/articles/${id(articleId)}/versions`) }),
    saveArticle: (
      articleId: string,
      content: { lang: string; title: string; body: string; tags?: readonly string[]; category?: string },
      expectedVersion?: number,
    ) =>
      signed<{ version: number; status: string }>({
        method: 'PUT',
        url: url(`/kb/articles/${id(articleId)}`),
        body: { ...content, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      }),
    /** Creates (`expectedVersion` 0) or updates a referral-directory body; 400 names each problem. */
    saveReferral: (bodyId: string, content: Record<string, unknown>, expectedVersion: number) =>
      signed<{ id: string; version: number; status: string }>({
        method: 'PUT',
        url: url(`/kb/referrals/${id(bodyId)}`),
        body: { ...content, expectedVersion },
      }),
    rollback: (articleId: string, version: number) =>
      signed<{ version: number }>({
        method: 'POST',
        url: url(`/kb/articles/${id(articleId)}/rollback`),
        body: { version },
      }),
    feedbackList: () =>
      signed<{ feedback?: FeedbackEntry[]; items?: FeedbackEntry[] }>({
        method: 'GET',
        url: url('/kb/feedback'),
      }),
    quality: (from: string, to: string) =>
      signed<QualityReport>({ method: 'GET', url: url('/reports/quality', { from, to }) }),
    /** The caller's post-call survey answer: ApiError 404 until the survey has stored it. */
    rating: (contactId: string, signal?: AbortSignal) =>
      signed<ContactRating>({ method: 'GET', url: url(`/contacts/${id(contactId)}/rating`) }, signal),
    liveQueues: () => signed<LiveQueues>({ method: 'GET', url: url('/queues/live') }),
    backlog: () => signed<Backlog>({ method: 'GET', url: url('/reports/backlog') }),
    staffingPlan: (from: string, to: string) =>
      signed<StaffingPlan>({ method: 'GET', url: url('/staffing/plan', { from, to }) }),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
