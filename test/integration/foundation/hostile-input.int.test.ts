import { beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../../../scripts/lib/api-client';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
beforeAll(() => {
  ({ apiUrl } = useTestRuntime());
});

describe('odd encodings and malformed bodies get a clear 400, never a 500', () => {
  it('reads a percent-encoded path parameter once, as API Gateway does: %25 is not a registration number', async () => {
    const response = await callApi<{ message: string }>({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: '/appeals/%25/status',
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/not a valid registration number/);
  });

  it('refuses an unsigned request with malformed percent-encoding before reading its path', async () => {
    const response = await fetch(`${apiUrl}/1414/appeals/%E0%A4%A/status`);

    expect(response.status).toBe(403);
  });

  it('answers a signed request with malformed percent-encoding 400, saying why', async () => {
    const response = await callApi<{ message: string }>({
      hotline: '1414',
      role: 'operator',
      method: 'GET',
      path: '/appeals/%E0%A4%A/status',
    });

    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/percent-encoding/);
  });

  it.each(['/_local/connect-metrics/contact-records', '/_local/monitoring/collect'])(
    'answers malformed JSON on the local endpoint %s with 400',
    async (endpoint) => {
      const response = await fetch(`${apiUrl}${endpoint}`, { method: 'POST', body: '{"hotline": ' });

      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/not valid JSON/);
    },
  );
});
