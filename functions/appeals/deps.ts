import { ENV, readEnv } from '../shared/env';
import { answerTimer, appealTimerConfigFromEnv, urgentAckTimer } from '../sla/adapters/appeal-timers';
import { DynamoAppealStore } from './adapters/appeal-store';
import { workingDayCalendar } from './adapters/calendar';
import { tableContactSecret } from './adapters/contact-secret';
import { s3MailObjects } from './adapters/mail-objects';
import { sesMailer } from './adapters/mailer';
import { referralDirectory } from './adapters/referral-directory';
import { snsUrgentTopic } from './adapters/urgent-topic';
import { parseAppealSettings } from './domain/settings';
import type { AppealDeps } from './ports';

/** What a function of the register is bound to beyond what every one of them has. */
export interface Bindings {
  /** Reads raw inbound mail (the e-mail intake). @default false */
  readonly inboundMail?: boolean;
  /** Publishes urgent cases. @default false */
  readonly urgentTopic?: boolean;
  /** Reads the referral directory. @default false */
  readonly directory?: boolean;
}

/**
 * The register's collaborators over AWS, built once at cold start from the environment CDK binds
 * (`infra/constructs/appeal-functions.ts`). Fails fast naming every missing variable the function needs;
 * a port the function is not bound to throws if used, naming the binding it lacks.
 */
export function appealDeps(bindings: Bindings = {}): AppealDeps {
  const env = readEnv([ENV.appealsTable, ENV.appealSettings]);
  const timerConfig = appealTimerConfigFromEnv();
  const table = env[ENV.appealsTable];
  return {
    settings: parseAppealSettings(env[ENV.appealSettings]),
    store: new DynamoAppealStore(table),
    mail: s3MailObjects({
      inboundBucket: bindings.inboundMail ? readEnv([ENV.inboundMailBucket])[ENV.inboundMailBucket] : '',
      // Only functions that store files are bound to the bucket; the others never pass files.
      attachmentsBucket: process.env[ENV.attachmentsBucket] ?? '',
    }),
    timers: { answer: answerTimer(timerConfig), urgentAck: urgentAckTimer(timerConfig) },
    calendar: workingDayCalendar(process.env[ENV.calendarTable] || undefined),
    contactSecret: tableContactSecret(table),
    mailer: sesMailer,
    urgentTopic: bindings.urgentTopic
      ? snsUrgentTopic(readEnv([ENV.urgentTopic])[ENV.urgentTopic])
      : { publish: async () => unbound(ENV.urgentTopic) },
    clock: { now: () => new Date() },
    directory: bindings.directory
      ? referralDirectory(readEnv([ENV.knowledgeTable])[ENV.knowledgeTable])
      : { find: async () => unbound(ENV.knowledgeTable) },
  };
}

function unbound(name: string): never {
  throw new Error(`This function is not bound to ${name}`);
}
