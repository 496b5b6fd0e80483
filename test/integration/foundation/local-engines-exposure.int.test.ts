import * as fs from 'node:fs';
import * as path from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineKeys, type LocalResources, localResources, useTestRuntime } from '../../support/runtime';

let resources: LocalResources;
let dataDir: string;
beforeAll(async () => {
  const runtime = useTestRuntime();
  dataDir = runtime.dataDir;
  resources = await localResources(runtime.apiUrl);
});

/** The local addresses this machine listens on for a TCP port, as the kernel reports them (hex, Linux). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    fs
      .readFileSync(table, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/u))
      // State 0A is LISTEN.
      .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
      .map((fields) => fields[1]!.split(':')[0]!),
  );
}

/** 127.x.x.x (IPv4, little-endian hex), ::ffff:127.x.x.x or ::1. */
const LOOPBACK = /^(?:[0-9A-F]{6}7F|0{16}FFFF0000[0-9A-F]{6}7F|0{24}01000000)$/u;

function s3With(credentials: { accessKeyId: string; secretAccessKey: string }) {
  return new S3Client({
    endpoint: resources.s3Endpoint,
    region: resources.region,
    forcePathStyle: true,
    credentials,
  });
}

describe('the local engines are not open to the network or to well-known keys', () => {
  it('binds DynamoDB Local, which checks no credentials, to 127.0.0.1 only', () => {
    const addresses = listeningAddresses(Number(new URL(resources.dynamoEndpoint).port));

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !LOOPBACK.test(address))).toEqual([]);
  });

  it('binds the S3 server to 127.0.0.1 only', () => {
    const addresses = listeningAddresses(Number(new URL(resources.s3Endpoint).port));

    expect(addresses.length).toBeGreaterThan(0);
    expect(addresses.filter((address) => !LOOPBACK.test(address))).toEqual([]);
  });

  it('refuses the well-known S3RVER key pair and accepts only the data folder’s own keys', async () => {
    await expect(
      s3With({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }).send(new ListBucketsCommand({})),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });

    const own = await s3With(engineKeys()).send(new ListBucketsCommand({}));
    expect(own.Buckets?.length).toBeGreaterThan(0);
  });

  it('keeps the engine keys in the data folder, readable by its owner only', () => {
    const stat = fs.statSync(path.join(dataDir, 'engine-keys.json'));

    expect(stat.mode & 0o077).toBe(0);
  });
});
