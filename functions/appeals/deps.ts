import { ENV, readEnv } from '../shared/env';
import { AppealRepository } from './adapters/appeal-store';
import { type ReferralDirectory, referralDirectory } from './adapters/referral-directory';
import { parseAppealSettings } from './domain/settings';
import type { RegisterDeps } from './register';

/** The register's environment, read once at cold start (fails fast naming what is missing). */
export function registerDeps(): RegisterDeps {
  const env = readEnv([ENV.appealsTable, ENV.appealSettings]);
  return {
    repo: new AppealRepository(env[ENV.appealsTable]),
    settings: parseAppealSettings(env[ENV.appealSettings]),
    // Only functions that store files are bound to the bucket; the others never pass files.
    attachmentsBucket: process.env[ENV.attachmentsBucket] ?? '',
  };
}

export function urgentTopicArn(): string {
  return readEnv([ENV.urgentTopic])[ENV.urgentTopic];
}

/** The knowledge base's referral directory (only its bodies are readable to the operators' API). */
export function directoryOfBodies(): ReferralDirectory {
  return referralDirectory(readEnv([ENV.knowledgeTable])[ENV.knowledgeTable]);
}
