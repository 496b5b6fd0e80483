import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../api/client';
import { ApiError } from '../../api/signed-fetch';

/**
 * What the after-contact screen says about the caller's rating: `waiting` while the survey may still run,
 * a number 1-5, `none` (declined, or no answer within the wait) or `no-survey` (the hotline has none).
 */
export type RatingState = 'waiting' | 'none' | 'no-survey' | number;

/** First poll a second after hang-up, then slower: the survey takes 10-30 s, a caller may also drop off. */
const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 5000;
/** After this long without an answer the caller left the survey: nothing more will come. */
const GIVE_UP_MS = 3 * 60_000;

/**
 * Polls `GET /contacts/{contactId}/rating` (the same route in AWS and locally) once the call has ended,
 * until the survey has stored the caller's answer.
 */
export function useRating(
  api: ApiClient,
  contactId: string | undefined,
  active: boolean,
  postCallSurvey: boolean,
): RatingState {
  const [state, setState] = useState<RatingState>('waiting');
  useEffect(() => {
    setState(postCallSurvey ? 'waiting' : 'no-survey');
    if (!active || !postCallSurvey || contactId === undefined) return;
    const controller = new AbortController();
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = (delay: number) => {
      timer = setTimeout(async () => {
        try {
          const answer = await api.rating(contactId, controller.signal);
          setState(answer.declined || answer.rating === null ? 'none' : answer.rating);
          return;
        } catch (error) {
          if (controller.signal.aborted) return;
          // 400 or 403 will not change by asking again; 404 (not rated yet), throttling, a 5xx or a network
          // blip may.
          const final = error instanceof ApiError && (error.status === 400 || error.status === 403);
          if (final || Date.now() - started > GIVE_UP_MS) return setState('none');
          poll(Math.min(delay * 1.5, MAX_DELAY_MS));
        }
      }, delay);
    };
    poll(FIRST_DELAY_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [contactId, active, postCallSurvey]);
  return state;
}
