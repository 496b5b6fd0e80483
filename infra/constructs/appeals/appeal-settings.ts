import { type AppealSettings, DEFAULT_ATTACHMENT_LIMITS } from '../../../contracts/function-settings';
import type { HotlineConfig } from '../../config/schema';

/**
 * What the appeal register's functions need of the hotline's configuration, passed to them as one JSON
 * environment variable (`APPEAL_SETTINGS`, schema in `contracts/function-settings.ts`).
 */
export function appealSettingsOf(config: HotlineConfig): AppealSettings {
  const addresses = (recipients: HotlineConfig['reports']['recipients']) =>
    recipients.map(({ id, email }) => ({ id, email }));
  return {
    hotline: config.id,
    hotlineName: config.displayName,
    languages: config.languages,
    defaultLanguage: config.defaultLanguage,
    confidential: config.confidentiality,
    answerWorkingDays: config.sla.answerWorkingDays,
    urgentAckMinutes: config.sla.urgentAckMinutes,
    fromAddress: config.email.fromAddress,
    inboundAddresses: config.email.inboundAddresses,
    urgentRecipients: addresses(config.urgentEscalation.recipients),
    reportRecipients: addresses(config.reports.recipients),
    attachmentLimits: config.email.attachmentLimits ?? DEFAULT_ATTACHMENT_LIMITS,
  };
}
