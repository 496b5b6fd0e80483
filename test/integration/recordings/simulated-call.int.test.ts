import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HotlineId } from '../../../contracts/hotlines';
import { runCallCli } from '../../../scripts/call-cli';
import { runRecordingsCli } from '../../../scripts/recordings-cli';
import { almatyDay, localS3, recordingResources, uniquePhone } from '../../support/recordings/fixtures';
import { type LocalResources, localResources, useTestRuntime } from '../../support/runtime';

/**
 * The whole way the issue names, with nothing pushed by hand: a call placed with `npm run call` reaches an
 * operator, the simulator writes the recording where Connect would and streams the contact record through
 * Kinesis, the indexer files it, and `npm run recordings -- request` hands the authorized body a signed URL
 * that returns those very audio bytes.
 */

let apiUrl: string;
let resources: LocalResources;

beforeAll(async () => {
  ({ apiUrl } = useTestRuntime());
  resources = await localResources(apiUrl);
});

interface PrintedCall {
  contactId: string;
  outcome: { kind: string };
  recording: string | null;
}

interface RequestAnswer {
  requestId: string;
  status: string;
  deadline: string;
  recordings: Array<{ contactId: string; url: string; expiresAt: string }>;
}

async function placeCall(hotline: HotlineId, phone: string, inputs: readonly string[]): Promise<PrintedCall> {
  const argv = ['--hotline', hotline, '--from', phone, ...inputs.flatMap((i) => ['--input', i])];
  const result = await runCallCli([...argv, '--agent-hangup', '--json'], { QOLDAU_API_URL: apiUrl });
  if (result.code !== 0) throw new Error(`call CLI failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as PrintedCall;
}

async function request(
  hotline: HotlineId,
  phone: string,
  extra: readonly string[],
  waitMs = 15_000,
): Promise<RequestAnswer> {
  const result = await runRecordingsCli(
    ['request', '--hotline', hotline, '--date', almatyDay(new Date()), '--phone', phone, ...extra, '--json'],
    { waitMs, pollMs: 200 },
  );
  if (result.code !== 0) throw new Error(`recordings CLI failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout) as RequestAnswer;
}

async function storedAudio(location: string): Promise<Buffer> {
  const slash = location.indexOf('/');
  const object = await localS3(resources).send(
    new GetObjectCommand({ Bucket: location.slice(0, slash), Key: location.slice(slash + 1) }),
  );
  return Buffer.from(
    await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
  );
}

describe('from a simulated call to the authorized body', () => {
  it.each([
    // 1414: Russian, state services, an operator answers.
    { hotline: '1414' as const, inputs: ['2', '1'], extra: [] as string[] },
    // 111: Russian, consultation, a specialist answers; 111 requests name their deadline.
    {
      hotline: '111' as const,
      inputs: ['2', '2'],
      extra: ['--deadline', new Date(Date.now() + 86_400_000).toISOString()],
    },
  ])(
    'hands over the recording of a $hotline call the simulator placed',
    async ({ hotline, inputs, extra }) => {
      const phone = uniquePhone();
      const call = await placeCall(hotline, phone, inputs);
      expect(call.outcome.kind).toBe('queue');
      expect(call.recording).toContain(`/${call.contactId}_`);
      expect(call.recording?.startsWith(`${recordingResources(resources, hotline).bucket}/`)).toBe(true);

      const answer = await request(hotline, phone.replace('+7', '8'), extra);

      expect(answer.status).toBe('fulfilled');
      expect(answer.recordings.map((r) => r.contactId)).toEqual([call.contactId]);
      const link = answer.recordings[0]!;
      expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
      const fetched = await fetch(link.url);
      expect(fetched.status).toBe(200);
      const audio = Buffer.from(await fetched.arrayBuffer());
      expect(audio.subarray(0, 4).toString('ascii')).toBe('RIFF');
      expect(audio.equals(await storedAudio(call.recording as string))).toBe(true);
    },
  );

  it('finds no recording for a caller whose call never reached an operator', async () => {
    const phone = uniquePhone();
    const result = await runCallCli(['--hotline', '1414', '--from', phone, '--input', '2', '--input', '1'], {
      QOLDAU_API_URL: apiUrl,
    });
    expect(result.stdout).toMatch(/Recording: +none/);
    const other = uniquePhone();
    await placeCall('1414', other, ['2', '1']);

    const answer = await request('1414', phone, [], 0);

    // The day is not over, so the search goes on; it never hands over somebody else's call.
    expect(answer.recordings).toEqual([]);
    expect(answer.status).toBe('searching');
  });
});
