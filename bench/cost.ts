import { pathToFileURL } from 'node:url';
import { ENTRY_METADATA } from '../infra/constructs/core/qoldau-function';
import { synthesizeStacks } from '../local/template-model';
import prices from './data/aws-prices.json' with { type: 'json' };
import { round } from './lib/stats';

/**
 * `npm run bench:cost`: what 1,000 calls and 1,000 e-mail appeals cost the backend, next to what Connect
 * charges for the same calls. Memory sizes and shard counts come from the synthesized 1414 template; prices
 * from `bench/data/aws-prices.json` (with their sources and date); what one call or letter does (durations,
 * items written) is the profile below, measured on the local runtime and rounded up.
 */

/** What one call does beyond Connect itself. */
const CALL = {
  minutes: 4,
  /** Share of callers who key in an appeal number (IVR status lookup: one count, one read). */
  statusLookupShare: 0.1,
  statusLookupMs: 60,
  /** Share of callers who stay for the survey (one rating written). */
  surveyShare: 0.6,
  surveyMs: 40,
  /** One contact record on the stream and one indexer run writing the recording index. */
  indexerMs: 120,
  /** Connect's recording: stereo 8 kHz 16-bit WAV, kept the retention period. */
  recordingMbPerMinute: 1.92,
  recordingRetentionMonths: 12,
} as const;

/** What one e-mail appeal does: receive, register, acknowledge, time its deadline, answer. */
const EMAIL = {
  chunks: 1,
  rawKb: 60,
  intakeMs: 400,
  /** Appeal, history, dedupe, contact index, counters; a transaction bills each write twice. */
  writeUnits: 14,
  readUnits: 4,
  acknowledgementsSent: 1,
  /** Plan, reminders (2), wait, answered: the SLA timer's state transitions. */
  stateTransitions: 12,
  timerInvocations: 3,
  timerMs: 150,
} as const;

/** Fixed monthly costs (keys, shards, schedules) spread over this many calls. */
const ASSUMED_CALLS_PER_MONTH = 150_000;

const lambdaUsd = (memoryMb: number, ms: number) =>
  (memoryMb / 1024) * (ms / 1000) * prices.lambda.arm64PerGbSecond + prices.lambda.perMillionRequests / 1e6;
const writeUsd = (units: number) => (units * prices.dynamodb.perMillionWriteRequestUnits) / 1e6;
const readUsd = (units: number) => (units * prices.dynamodb.perMillionReadRequestUnits) / 1e6;

export async function runCostModel() {
  const stack = (await synthesizeStacks()).find((model) => model.hotline === '1414')!;
  const resources = Object.values(stack.template.Resources);
  const memoryOf = (entry: string) => {
    const fn = resources.find(
      (resource) =>
        resource.Type === 'AWS::Lambda::Function' && resource.Metadata?.[ENTRY_METADATA] === entry,
    );
    const memory = Number(fn?.Properties?.['MemorySize'] ?? Number.NaN);
    if (Number.isNaN(memory)) throw new Error(`No function ${entry} in the 1414 template`);
    return memory;
  };
  const shards = resources
    .filter((resource) => resource.Type === 'AWS::Kinesis::Stream')
    .reduce((sum, resource) => sum + Number(resource.Properties?.['ShardCount'] ?? 1), 0);
  const keys = resources.filter((resource) => resource.Type === 'AWS::KMS::Key').length;

  const perCall =
    CALL.statusLookupShare *
      (lambdaUsd(memoryOf('functions/connect/appeal-status-handler.ts'), CALL.statusLookupMs) +
        readUsd(1) +
        writeUsd(1)) +
    CALL.surveyShare *
      (lambdaUsd(memoryOf('functions/connect/survey-rating-handler.ts'), CALL.surveyMs) + writeUsd(1)) +
    prices.kinesis.perMillionPutPayloadUnits / 1e6 +
    lambdaUsd(memoryOf('functions/recordings/index-handler.ts'), CALL.indexerMs) +
    writeUsd(1) +
    prices.s3.perThousandPut / 1000 +
    ((CALL.minutes * CALL.recordingMbPerMinute) / 1024) *
      prices.s3.standardPerGbMonth *
      CALL.recordingRetentionMonths;
  const fixedMonthly = shards * prices.kinesis.provisionedShardHour * 730 + keys * prices.kms.perKeyMonth;
  const backendPer1000Calls = 1000 * perCall + (1000 * fixedMonthly) / ASSUMED_CALLS_PER_MONTH;
  const connectPer1000Calls =
    1000 *
    CALL.minutes *
    (prices.connect.inboundVoicePerMinute + prices.connect.inboundDidTelephonyPerMinute);

  const perEmail =
    prices.ses.perThousandReceived / 1000 +
    (EMAIL.chunks * prices.ses.perThousandIncomingChunks) / 1000 +
    prices.s3.perThousandPut / 1000 +
    (EMAIL.rawKb / 1024 / 1024) * prices.s3.standardPerGbMonth * 12 +
    lambdaUsd(memoryOf('functions/appeals/email-handler.ts'), EMAIL.intakeMs) +
    writeUsd(EMAIL.writeUnits) +
    readUsd(EMAIL.readUnits) +
    (EMAIL.acknowledgementsSent * prices.ses.perThousandSent) / 1000 +
    (EMAIL.stateTransitions * prices.stepFunctions.perThousandStateTransitions) / 1000 +
    EMAIL.timerInvocations * lambdaUsd(memoryOf('functions/sla/appeal-timer-handler.ts'), EMAIL.timerMs);

  return {
    per1000Calls: {
      backendUsd: round(backendPer1000Calls, 4),
      connectVoiceUsd: round(connectPer1000Calls, 2),
      ratio: round(backendPer1000Calls / connectPer1000Calls, 4),
      assumptions: {
        ...CALL,
        assumedCallsPerMonth: ASSUMED_CALLS_PER_MONTH,
        kinesisShards: shards,
        kmsKeys: keys,
      },
    },
    per1000EmailAppeals: { backendUsd: round(1000 * perEmail, 4), assumptions: EMAIL },
    prices: { region: prices.region, recorded: prices.recorded, sources: 'bench/data/aws-prices.json' },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({ cost: await runCostModel() }));
}
