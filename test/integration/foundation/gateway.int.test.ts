import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { beforeAll, describe, expect, it } from 'vitest';
import { callApi, credentialsFor } from '../../../scripts/lib/api-client';
import { useTestRuntime } from '../../support/runtime';

let apiUrl: string;
beforeAll(() => {
  ({ apiUrl } = useTestRuntime());
});

async function signedFetch(
  path: string,
  secretAccessKey: string,
  accessKeyId: string,
  signingDate = new Date(),
) {
  const url = new URL(`${apiUrl}${path}`);
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey },
    region: 'eu-central-1',
    service: 'execute-api',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    {
      method: 'GET',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      query: {},
      headers: { host: url.host },
    } as Parameters<SignatureV4['sign']>[0],
    { signingDate },
  );
  return fetch(url, { headers: signed.headers as Record<string, string> });
}

describe('the local runtime', () => {
  it('answers /health with both hotlines', async () => {
    const response = await fetch(`${apiUrl}/health`);
    const body = (await response.json()) as { status: string; hotlines: Array<{ id: string }> };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.hotlines.map((h) => h.id).sort()).toEqual(['111', '1414']);
  });

  it.each(['operator', 'supervisor', 'kbEditor', 'authority', 'webPortal'] as const)(
    'lets the local %s identity call a route its role is granted',
    async (role) => {
      const response = await callApi<{ hotline: string; session: string }>({
        hotline: '1414',
        role,
        method: 'GET',
        path: '/whoami',
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ hotline: '1414', session: `local-${role}` });
    },
  );

  it('refuses an unsigned request with 403', async () => {
    const response = await fetch(`${apiUrl}/1414/whoami`);
    expect(response.status).toBe(403);
  });

  it('refuses a request signed with the wrong secret', async () => {
    const { accessKeyId } = credentialsFor('1414', 'operator');
    const response = await signedFetch(
      '/1414/whoami',
      'wrong-secret-wrong-secret-wrong-secret-00',
      accessKeyId,
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/signature/);
  });

  it('refuses a signature older than 15 minutes', async () => {
    const { accessKeyId, secretAccessKey } = credentialsFor('1414', 'operator');
    const response = await signedFetch(
      '/1414/whoami',
      secretAccessKey,
      accessKeyId,
      new Date(Date.now() - 20 * 60 * 1000),
    );
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toBe('Signature expired');
  });

  it('keeps 111 closed to 1414 identities (data isolation)', async () => {
    const { accessKeyId, secretAccessKey } = credentialsFor('1414', 'supervisor');
    const response = await signedFetch('/111/whoami', secretAccessKey, accessKeyId);
    expect(response.status).toBe(403);
  });

  it('refuses a body over 10 MB with 413, as API Gateway does', async () => {
    const response = await fetch(`${apiUrl}/1414/whoami`, {
      method: 'POST',
      body: Buffer.alloc(10 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
  });

  it('lets SES receiving take messages up to 40 MB, as SES does, and refuses larger ones with 413', async () => {
    const response = await fetch(`${apiUrl}/_local/ses/receive`, {
      method: 'POST',
      body: Buffer.alloc(40 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
  });

  it('answers 404 for a route no stack defines', async () => {
    const response = await fetch(`${apiUrl}/1414/no-such-route`);
    expect(response.status).toBe(404);
  });
});
