import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../../scripts/lib/api-client';
import { localCalls } from '../../support/connect/local-calls';
import { useTestRuntime } from '../../support/runtime';

// GET /1414/contacts/{contactId}/rating: what the operator's after-contact screen reads once the survey ends.
// Who may not call it at all (other roles, 111's identities, unsigned requests) is the every-route test's job.

let calls: Awaited<ReturnType<typeof localCalls>>;
beforeAll(async () => {
  calls = await localCalls(useTestRuntime().apiUrl);
});

const ratingOf = (contactId: string, role: 'operator' | 'supervisor' = 'operator') =>
  callApi<{
    contactId?: string;
    rating?: number | null;
    declined?: boolean;
    ratedAt?: string;
    message?: string;
  }>({ hotline: '1414', role, method: 'GET', path: `/contacts/${contactId}/rating` });

describe("a contact's post-call rating through the API", () => {
  it('answers the 1-5 the caller gave after the operator hung up, to the operator and the supervisor', async () => {
    const call = await calls.call('1414', ['2', '1', '4'], {
      agentHangup: true,
      agent: { username: 'aigerim.s' },
    });

    const operator = await ratingOf(call.contactId);
    const supervisor = await ratingOf(call.contactId, 'supervisor');

    expect(operator.status).toBe(200);
    expect(operator.body).toEqual({
      contactId: call.contactId,
      rating: 4,
      declined: false,
      ratedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(supervisor.body).toEqual(operator.body);
  });

  it('answers a declined survey (silence) as declined, with no number', async () => {
    const call = await calls.call('1414', ['3', '0'], {
      agentHangup: true,
      agent: { username: 'daniyar.k' },
    });

    const answer = await ratingOf(call.contactId);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ rating: null, declined: true });
  });

  it('answers 404 for a contact not rated (yet), and finds it in any letter case', async () => {
    const unrated = await ratingOf(randomUUID());
    const call = await calls.call('1414', ['2', '1', '5'], {
      agentHangup: true,
      agent: { username: 'aigerim.s' },
    });
    const upper = await ratingOf(call.contactId.toUpperCase());

    expect(unrated.status).toBe(404);
    expect(unrated.body.message).toMatch(/No rating for contact/);
    expect(upper.status).toBe(200);
    expect(upper.body).toMatchObject({ contactId: call.contactId, rating: 5 });
  });

  it.each([
    ['a word', 'not-a-contact'],
    ['a truncated id', '6f0c1a8e-2b1d-4c59-9a55'],
    ['an id with a stray character', '6f0c1a8e-2b1d-4c59-9a55-0b7d3f1e2a4g'],
  ])('refuses %s with a 400 that says what a contact id looks like', async (_, contactId) => {
    const answer = await ratingOf(contactId);

    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/^contactId: must be an Amazon Connect contact id \(a UUID/);
  });
});
