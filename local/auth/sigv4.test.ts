import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { type IncomingSignedRequest, verifySigV4 } from './sigv4';

const secret = 'local-secret-local-secret-local-secret-00';
const accessKeyId = 'AKIAQLDTEST000000001';
const lookup = (id: string) => (id === accessKeyId ? secret : undefined);
const scope = { region: 'eu-central-1', service: 'execute-api' };

async function signedRequest(
  body: string,
  date = new Date(),
  key = secret,
  /** false signs like curl --aws-sigv4: host and x-amz-date only, no x-amz-content-sha256 header. */
  applyChecksum = true,
): Promise<IncomingSignedRequest> {
  const signer = new SignatureV4({
    credentials: { accessKeyId, secretAccessKey: key },
    ...scope,
    sha256: Sha256,
    applyChecksum,
  });
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 3000,
      path: '/1414/appeals',
      query: { lang: 'kk' },
      headers: { host: '127.0.0.1:3000', 'content-type': 'application/json' },
      body,
    } as Parameters<SignatureV4['sign']>[0],
    { signingDate: date },
  );
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
  );
  return {
    method: 'POST',
    host: '127.0.0.1:3000',
    path: '/1414/appeals',
    query: new URLSearchParams({ lang: 'kk' }),
    headers,
    body: Buffer.from(body),
  };
}

describe('SigV4 verification', () => {
  it('accepts a correctly signed request and names the access key', async () => {
    const result = await verifySigV4(await signedRequest('{"text":"Сәлем"}'), lookup, scope);
    expect(result).toEqual({ ok: true, accessKeyId });
  });

  it('accepts a request signed without a payload-hash header, as curl --aws-sigv4 signs', async () => {
    const request = await signedRequest('{"text":"a"}', new Date(), secret, false);

    expect(request.headers['x-amz-content-sha256']).toBeUndefined();
    expect(await verifySigV4(request, lookup, scope)).toEqual({ ok: true, accessKeyId });
    expect(await verifySigV4({ ...request, body: Buffer.from('{"text":"b"}') }, lookup, scope)).toMatchObject(
      {
        ok: false,
        status: 403,
      },
    );
  });

  it('refuses a body changed after signing', async () => {
    const request = await signedRequest('{"text":"a"}');
    const result = await verifySigV4({ ...request, body: Buffer.from('{"text":"b"}') }, lookup, scope);
    expect(result).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a request without a signature', async () => {
    const request = await signedRequest('{}');
    const { authorization: _dropped, ...headers } = request.headers;
    expect(await verifySigV4({ ...request, headers }, lookup, scope)).toMatchObject({
      ok: false,
      message: 'Missing Authentication Token',
    });
  });

  it('refuses an unknown access key and a wrong secret', async () => {
    expect(await verifySigV4(await signedRequest('{}'), () => undefined, scope)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(
      await verifySigV4(await signedRequest('{}', new Date(), `${secret}x`), lookup, scope),
    ).toMatchObject({ ok: false });
  });

  it('refuses a signature scoped to another region or service', async () => {
    const result = await verifySigV4(await signedRequest('{}'), lookup, {
      region: 'us-east-1',
      service: 'execute-api',
    });
    expect(result).toMatchObject({ ok: false, status: 403 });
  });

  it('refuses a replay older than 15 minutes', async () => {
    const old = new Date(Date.now() - 16 * 60 * 1000);
    expect(await verifySigV4(await signedRequest('{}', old), lookup, scope)).toMatchObject({
      ok: false,
      message: 'Signature expired',
    });
  });
});
