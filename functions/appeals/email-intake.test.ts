import type { SESMessage } from 'aws-lambda';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FakeAppealDeps, fakeAppealDeps } from '../../test/support/appeals/fakes';
import { rawMessage } from '../../test/support/appeals/fixtures';
import { inboundMailKey } from './domain/mail-storage';
import { formatRegistrationNumber } from './domain/registration-number';
import { takeInEmail } from './email-intake';

// The e-mail intake's rules on in-memory ports: no DynamoDB, S3, SES or Step Functions. The integration
// tests (`email-intake.int.test.ts`) run the same paths through the local runtime.

let fake: FakeAppealDeps;
let deliveries = 0;

beforeEach(() => {
  fake = fakeAppealDeps();
});

interface Delivery {
  readonly spam?: string;
  readonly virus?: string;
  readonly recipient?: string;
  readonly sesMessageId?: string;
}

/** As SES does: the raw message stored under a new SES id, then the function invoked with the receipt. */
function deliver(raw: string | Buffer, delivery: Delivery = {}) {
  deliveries += 1;
  const sesMessageId = delivery.sesMessageId ?? `ses${String(deliveries).padStart(17, '0')}`;
  fake.mail.inbound.set(inboundMailKey(sesMessageId), Buffer.from(raw));
  const message = {
    mail: { messageId: sesMessageId, timestamp: '2026-11-23T05:00:00.000Z' },
    receipt: {
      timestamp: '2026-11-23T05:00:00.000Z',
      recipients: [delivery.recipient ?? 'egov@nitec.kz'],
      spamVerdict: { status: delivery.spam ?? 'PASS' },
      virusVerdict: { status: delivery.virus ?? 'PASS' },
    },
  } as unknown as SESMessage;
  return takeInEmail(fake.deps, message);
}

const letter = (headers: Record<string, string> = {}, body?: string) =>
  rawMessage({ 'Message-ID': `<${Math.random().toString(36).slice(2)}@mail.kz>`, ...headers }, body);

describe('e-mail intake on in-memory ports', () => {
  it('registers a new message as an appeal with its deadline, and starts its answer timer', async () => {
    const result = await deliver(letter({ Subject: 'Не могу войти в eGov' }));

    expect(result).toMatchObject({ outcome: 'registered', hotline: '1414', subject: 'Не могу войти в eGov' });
    const [appeal] = fake.store.all();
    expect(formatRegistrationNumber(appeal!.number)).toBe(result.registrationNumber);
    expect(appeal).toMatchObject({ channel: 'email', status: 'registered', language: 'ru' });
    expect(appeal!.applicant.email).toBe('citizen@mail.kz');
    expect(appeal!.applicant.contactHash).toMatch(/^[0-9a-f]{64}$/u);
    expect(appeal!.deadline).toBe(result.deadline);
    expect(fake.timers.answerStarted).toEqual([
      { hotline: '1414', number: appeal!.number, startedAt: appeal!.receivedAt, deadline: appeal!.deadline },
    ]);
  });

  it('acknowledges the applicant from the hotline address, replying to the address they wrote to', async () => {
    const result = await deliver(letter(), { recipient: 'support@pki.gov.kz' });

    expect(result.acknowledged).toBe(true);
    const [ack] = fake.outbox.to('citizen@mail.kz');
    expect(ack).toMatchObject({ from: 'no-reply@1414.kz', replyTo: 'support@pki.gov.kz' });
    expect(ack!.letter.text).toContain(result.registrationNumber);
    const number = fake.store.all()[0]!.number;
    expect((await fake.store.history(number)).map((entry) => entry.type)).toEqual([
      'registered',
      'acknowledged',
    ]);
  });

  it('stores each attachment once and lists it on the appeal', async () => {
    const raw = [
      'From: citizen@mail.kz',
      'To: egov@nitec.kz',
      'Subject: Справка',
      'Message-ID: <files.1@mail.kz>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Прилагаю скан.',
      '--b',
      'Content-Type: application/pdf; name="scan.pdf"',
      'Content-Disposition: attachment; filename="scan.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('%PDF-1.4 test').toString('base64'),
      '--b--',
      '',
    ].join('\r\n');

    const result = await deliver(raw);

    expect(result.attachments).toBe(1);
    const [appeal] = fake.store.all();
    expect(appeal!.attachments).toEqual([expect.objectContaining({ filename: 'scan.pdf', size: 13 })]);
    expect(fake.mail.attachments.get(appeal!.attachments[0]!.key)?.content.toString()).toBe('%PDF-1.4 test');
  });

  it('unpacks no more attachments than the limit, notes the rest on the appeal and keeps the raw message', async () => {
    const parts = Array.from({ length: 25 }, (_, index) =>
      [
        '--b',
        `Content-Type: text/plain; name="file-${index + 1}.txt"`,
        `Content-Disposition: attachment; filename="file-${index + 1}.txt"`,
        '',
        `attachment ${index + 1}`,
      ].join('\r\n'),
    );
    const raw = [
      'From: citizen@mail.kz',
      'To: egov@nitec.kz',
      'Subject: Много файлов',
      'Message-ID: <many.files@mail.kz>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Файлы во вложении.',
      ...parts,
      '--b--',
      '',
    ].join('\r\n');

    const result = await deliver(raw);

    expect(result).toMatchObject({ outcome: 'registered', attachments: 20 });
    const [appeal] = fake.store.all();
    expect(appeal!.attachments).toHaveLength(20);
    expect(fake.mail.attachments.size).toBe(20);
    const note = appeal!.problems?.find((problem) => problem.includes('not unpacked'));
    expect(note).toContain('5 attachments were not unpacked');
    expect(note).toContain('file-21.txt');
    expect(note).not.toContain('file-20.txt');
    expect(fake.mail.inbound.get(appeal!.rawMessageKey!)?.toString()).toBe(raw);
  });

  it('a reply from the applicant carrying the registration number joins the appeal, unacknowledged', async () => {
    const first = await deliver(letter());
    const number = fake.store.all()[0]!.number;
    await fake.store.commit(fake.store.appeals.get(number)!, { status: 'answered' }, []);

    const reply = await deliver(
      letter({ Subject: `Re: ${first.registrationNumber}` }, 'Спасибо, но вопрос остался.'),
    );

    expect(reply).toMatchObject({ outcome: 'threaded', registrationNumber: first.registrationNumber });
    expect(reply.acknowledged).toBe(false);
    expect(fake.store.all()).toHaveLength(1);
    expect(fake.store.appeals.get(number)?.status).toBe('in_progress');
    const types = (await fake.store.history(number)).map((entry) => entry.type);
    expect(types).toContain('reply_received');
    expect(fake.outbox.sent).toHaveLength(1);
  });

  it('mail from someone other than the applicant never changes the appeal: it registers a new, related appeal', async () => {
    const first = await deliver(letter());
    const original = fake.store.all()[0]!;
    await fake.store.commit(original, { status: 'answered' }, []);

    const foreign = await deliver(
      letter({ From: 'stranger@mail.kz', Subject: `Re: ${first.registrationNumber}` }, 'Откройте обращение.'),
    );

    expect(foreign).toMatchObject({ outcome: 'registered', relatedTo: first.registrationNumber });
    expect(foreign.registrationNumber).not.toBe(first.registrationNumber);
    expect(fake.store.appeals.get(original.number)?.status).toBe('answered');
    const types = (await fake.store.history(original.number)).map((entry) => entry.type);
    expect(types).not.toContain('reply_received');
    const related = fake.store.all().find((appeal) => appeal.number !== original.number);
    expect(related).toMatchObject({ relatedTo: original.number, status: 'registered' });
    expect(related?.applicant.email).toBe('stranger@mail.kz');
  });

  it('the applicant is recognised by the hash of their address, whatever its case', async () => {
    const first = await deliver(letter());

    const reply = await deliver(
      letter({ From: 'Citizen@MAIL.kz', Subject: `Re: ${first.registrationNumber}` }),
    );

    expect(reply).toMatchObject({ outcome: 'threaded', registrationNumber: first.registrationNumber });
  });

  it('the same message delivered twice (two SES ids, one Message-ID) registers once', async () => {
    const raw = letter({ 'Message-ID': '<twice@mail.kz>' });

    const first = await deliver(raw);
    const second = await deliver(raw);

    expect(second).toMatchObject({ outcome: 'duplicate', registrationNumber: first.registrationNumber });
    expect(fake.store.all()).toHaveLength(1);
    expect(fake.outbox.sent).toHaveLength(1);
    expect(fake.timers.answerStarted).toHaveLength(1);
  });

  it('a message without Message-ID delivered twice registers once', async () => {
    const raw = rawMessage({ 'Message-ID': '' }, 'Письмо без Message-ID.');

    const first = await deliver(raw);
    const second = await deliver(raw);

    expect(first.outcome).toBe('registered');
    expect(second).toMatchObject({ outcome: 'duplicate', registrationNumber: first.registrationNumber });
    expect(fake.store.all()).toHaveLength(1);
    expect(fake.outbox.sent).toHaveLength(1);
  });

  it('marks the message done, acknowledged, together with the acknowledgement in the history', async () => {
    const result = await deliver(letter({ 'Message-ID': '<done@mail.kz>' }));

    const [marker] = [...fake.store.markers.values()];
    expect(result).toMatchObject({ outcome: 'registered', acknowledged: true });
    expect(marker).toMatchObject({ state: 'done', acknowledged: true });
  });

  it('a delivery whose first run died after registering finishes the acknowledgement and timer', async () => {
    const raw = letter({ 'Message-ID': '<died@mail.kz>' });
    await deliver(raw);
    const [marker] = [...fake.store.markers.values()];
    // As if the first invocation stopped before its follow-ups: the marker stays pending.
    fake.store.markers.set(marker!.key, { ...marker!, state: 'pending', acknowledged: undefined });
    fake.clock.advance(5 * 60_000);

    const retry = await deliver(raw);

    expect(retry).toMatchObject({ outcome: 'duplicate', acknowledged: true });
    expect(fake.store.markers.get(marker!.key)?.state).toBe('done');
    expect(fake.outbox.sent).toHaveLength(2);
  });

  it.each([
    { verdict: { virus: 'FAIL' }, reason: 'virus' },
    { verdict: { spam: 'FAIL' }, reason: 'spam' },
  ])(
    'quarantines a message SES marks $reason: no appeal, no acknowledgement, raw message kept',
    async (c) => {
      const result = await deliver(letter(), c.verdict);

      expect(result).toMatchObject({ outcome: 'quarantined', reason: c.reason, acknowledged: false });
      expect(fake.store.all()).toHaveLength(0);
      expect(fake.store.quarantined).toEqual([expect.objectContaining({ reason: c.reason })]);
      expect(fake.outbox.sent).toHaveLength(0);
      expect(fake.timers.answerStarted).toHaveLength(0);
    },
  );

  it('ignores machine mail: nothing registered, nothing answered', async () => {
    const result = await deliver(letter({ 'Auto-Submitted': 'auto-replied' }));

    expect(result).toMatchObject({ outcome: 'ignored', reason: 'auto-submitted', acknowledged: false });
    expect(fake.store.all()).toHaveLength(0);
    expect(fake.outbox.sent).toHaveLength(0);
  });
});
