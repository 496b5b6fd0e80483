import { beforeAll, describe, expect, it } from 'vitest';
import { promptEntry, promptText } from '../../../contact-flows/index';
import { LOOKUPS_PER_HOUR } from '../../../functions/connect/domain/lookup-limit';
import { heard, lambdaSteps, localCalls, newCaller } from '../../support/connect/local-calls';
import { useTestRuntime } from '../../support/runtime';

let calls: Awaited<ReturnType<typeof localCalls>>;
beforeAll(async () => {
  calls = await localCalls(useTestRuntime().apiUrl);
});

const appealInReview = {
  status: 'in_progress',
  receivedAt: '2025-03-03T04:30:00Z',
  deadline: '2025-03-05T23:59:59+05:00',
};

describe('1414 through the local runtime: menus', () => {
  it.each([
    ['1', 'kk', 'ucc-kk'],
    ['2', 'ru', 'ucc-ru'],
    ['3', 'en', 'ucc-en'],
  ] as const)(
    'language key %s serves the caller in %s and queues them in %s',
    async (key, language, queue) => {
      const call = await calls.call('1414', [key, '0']);

      expect(call.language).toBe(language);
      expect(heard(call)).toContain(promptEntry('ucc-main-menu').texts[language]);
      expect(call.outcome).toEqual({ kind: 'queue', queue, priority: 5 });
    },
  );

  it.each([
    ['1', 'egov'],
    ['2', 'eds'],
    ['3', 'gov-is'],
    ['0', 'general'],
  ])('main-menu key %s sets the topic %s', async (key, topic) => {
    const call = await calls.call('1414', ['2', key]);

    expect(call.attributes).toMatchObject({ lang: 'ru', topic });
  });

  it('serves a caller who stays silent at the language menu twice in Kazakh', async () => {
    const call = await calls.call('1414', [null, null, '1']);

    expect(call.language).toBe('kk');
    expect(call.attributes.topic).toBe('egov');
  });

  it('sends a caller who presses nothing at the main menu to an operator', async () => {
    const call = await calls.call('1414', ['3']);

    expect(call.steps.filter((step) => step.type === 'timeout')).toHaveLength(1);
    expect(call.attributes.topic).toBe('general');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-en', priority: 5 });
  });

  it('asks once more after a wrong key and sends a second wrong key to an operator', async () => {
    const call = await calls.call('1414', ['2', '7', '9']);

    expect(heard(call)).toContain(promptText('ucc-invalid-choice', 'ru'));
    expect(call.attributes.topic).toBe('general');
  });
});

describe('1414 through the local runtime: appeal status with the real Lambda', () => {
  it('reads a Russian caller the status and dates of a registered appeal', async () => {
    const number = await calls.putAppeal('1414', appealInReview);

    const call = await calls.call('1414', ['2', '4', `${number}#`, '0']);

    expect(lambdaSteps(call)[0]).toMatchObject({
      name: 'appealStatus',
      parameters: { number, lang: 'ru' },
      result: { outcome: 'found', status: 'in_progress' },
    });
    expect(heard(call)).toContain(
      'Ваше обращение находится на рассмотрении. Дата регистрации: 3 марта 2025 г. Срок ответа: 5 марта 2025 г.',
    );
  });

  it('plays a Kazakh caller the recording for the status', async () => {
    const number = await calls.putAppeal('1414', appealInReview);

    const call = await calls.call('1414', ['1', '4', `${number}#`, '0']);

    expect(heard(call)).toContain(promptEntry('ucc-appeal-status-in-progress').texts.kk);
  });

  it('tells a caller a number nobody registered here was not found, then takes another number', async () => {
    const known = await calls.putAppeal('1414', { ...appealInReview, status: 'answered' });
    const elsewhere = await calls.putAppeal('111', appealInReview);

    const call = await calls.call('1414', ['3', '4', `${elsewhere}#`, '2', `${known}#`, '0']);

    expect(lambdaSteps(call).map((step) => step.result?.['outcome'])).toEqual(['not_found', 'found']);
    expect(heard(call)).toEqual(
      expect.arrayContaining([
        promptText('ucc-appeal-status-not-found', 'en'),
        `${promptText('ucc-appeal-status-answered', 'en')} Registered on 3 March 2025.`,
      ]),
    );
  });

  it('says mistyped digits are invalid', async () => {
    const call = await calls.call('1414', ['2', '4', '12345#', '0']);

    expect(lambdaSteps(call)[0]?.result).toMatchObject({ outcome: 'invalid', status: 'invalid' });
    expect(heard(call)).toContain(promptText('ucc-appeal-status-invalid', 'ru'));
  });

  it('connects an operator when the caller keys in no number', async () => {
    const call = await calls.call('1414', ['2', '4']);

    expect(lambdaSteps(call)).toEqual([]);
    expect(call.attributes.topic).toBe('appeal-status');
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('apologizes and connects an operator when the Lambda fails', async () => {
    const number = await calls.putAppeal('1414', { status: 'mislaid', receivedAt: '2025-03-03T04:30:00Z' });

    const call = await calls.call('1414', ['2', '4', `${number}#`]);

    expect(lambdaSteps(call)[0]?.error).toMatch(/UnreadableAppealError|not a register status/);
    expect(heard(call)).toContain(promptText('ucc-appeal-unavailable', 'ru'));
    expect(call.outcome).toEqual({ kind: 'queue', queue: 'ucc-ru', priority: 5 });
  });

  it('answers a caller who has looked up too many numbers this hour as if the number were unknown', async () => {
    const number = await calls.putAppeal('1414', appealInReview);
    const from = newCaller();
    const lookups = Array.from({ length: LOOKUPS_PER_HOUR }, () => ['2', `${number}#`]).flat();

    const call = await calls.call('1414', ['3', '4', `${number}#`, ...lookups, '0'], { from });

    const outcomes = lambdaSteps(call).map((step) => step.result?.['outcome']);
    expect(outcomes.slice(0, LOOKUPS_PER_HOUR)).toEqual(Array(LOOKUPS_PER_HOUR).fill('found'));
    expect(outcomes.slice(LOOKUPS_PER_HOUR)).toEqual(['not_found']);
  });
});

describe('1414 through the local runtime: the operator, the survey and what Connect records', () => {
  it.each([
    ['a rating', ['5'], { rating: 5, declined: false }],
    ['a wrong key, then a rating', ['9', '4'], { rating: 4, declined: false }],
    ['silence', [], { rating: null, declined: true }],
  ])('stores %s in the ratings table with the operator who took the call', async (_, answers, stored) => {
    const call = await calls.call('1414', ['2', '1', ...answers], {
      agentHangup: true,
      agent: { username: 'aigerim.s' },
    });

    expect(call.rating).toBe(stored.rating);
    expect(await calls.rating(call.contactId)).toMatchObject({
      contactId: call.contactId,
      ...stored,
      agent: 'aigerim.s',
      queue: 'ucc-ru',
      language: 'ru',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('learns the operator from the agent whisper as they accept the call', async () => {
    const call = await calls.call('1414', ['3', '0', '5'], {
      agentHangup: true,
      agent: { username: 'daniyar.k' },
    });

    expect(call.steps).toContainEqual(
      expect.objectContaining({ type: 'hook', hook: 'AgentWhisper', flow: '1414-agent-whisper' }),
    );
    expect(call.steps).toContainEqual(expect.objectContaining({ type: 'whisper', text: 'ucc-en' }));
    expect(lambdaSteps(call).at(-1)?.parameters).toEqual({ rating: '5', lang: 'en', agent: 'daniyar.k' });
    const [record, survey] = call.contactRecords;
    expect(record).toMatchObject({ Agent: { Username: 'daniyar.k' }, Attributes: { agent: 'daniyar.k' } });
    expect(survey?.Attributes).toMatchObject({ agent: 'daniyar.k', surveyRating: '5' });
  });

  it('writes the call recording at Connect’s key layout and streams both contact records', async () => {
    const before = await calls.streamedRecords('1414');

    const call = await calls.call('1414', ['2', '1', '5'], { agentHangup: true });

    expect(call.recording).toMatch(
      new RegExp(
        `/connect/qoldau-ucc1414-dev/CallRecordings/\\d{4}/\\d{2}/\\d{2}/${call.contactId}_\\d{8}T\\d{2}:\\d{2}_UTC\\.wav$`,
      ),
    );
    expect((await calls.recordingBytes(call.recording as string)).subarray(0, 4).toString('ascii')).toBe(
      'RIFF',
    );
    const [record, survey] = call.contactRecords;
    expect(record).toMatchObject({
      ContactId: call.contactId,
      InitiationMethod: 'INBOUND',
      Queue: { Name: 'ucc-ru' },
      Recording: { Location: call.recording },
    });
    expect(survey).toMatchObject({ InitiationMethod: 'DISCONNECT', PreviousContactId: call.contactId });
    expect(await calls.streamedRecords('1414')).toBeGreaterThanOrEqual(before + 2);
  });

  it('records nothing when no operator answered', async () => {
    const call = await calls.call('1414', ['2', '1']);

    expect(call.recording).toBeNull();
    expect(call.contactRecords).toHaveLength(1);
  });
});
