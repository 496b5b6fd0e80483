import type { HotlineId } from '../../contracts/hotlines';
import type { HotlineConfig } from './schema';

/** Configuration of a hotline without its stage: stage-specific values come from `stages.ts` and CDK context. */
export type HotlineDefaults = Omit<HotlineConfig, 'stage'>;

/**
 * Defaults of the Unified Contact Center 1414 (rules approved by order No. 83 of 26 January 2016).
 * Numbers, addresses and recipients here are the published ones; ops override anything per stage. The
 * Connect numbers behind the published ones are `pending` until ops import (or explicitly claim) them.
 */
const ucc1414: HotlineDefaults = {
  id: '1414',
  slug: 'ucc1414',
  displayName: {
    kk: 'Бірыңғай байланыс орталығы 1414',
    ru: 'Единый контакт-центр 1414',
    en: 'Unified Contact Center 1414',
  },
  env: { region: 'eu-central-1' },
  languages: ['kk', 'ru', 'en'],
  defaultLanguage: 'kk',
  hours: '24/7',
  connect: {
    instance: { source: 'create', alias: 'qoldau-ucc1414' },
    phoneNumbers: [
      {
        label: 'short-1414',
        published: '1414',
        connect: { source: 'pending' },
        carrierRouted: true,
      },
      {
        label: 'tollfree-88000807777',
        published: '8 800 080 7777',
        connect: { source: 'pending' },
        carrierRouted: true,
      },
    ],
  },
  email: {
    inboundAddresses: ['egov@nitec.kz', 'support@pki.gov.kz', 'sd@nitec.kz'],
    fromAddress: 'no-reply@1414.kz',
    receiptRuleSet: { name: 'qoldau-inbound', managed: true },
  },
  web: { origins: ['https://www.1414.kz'] },
  survey: { enabled: true },
  callback: {
    enabled: true,
    thresholdSeconds: 40,
    initialDelaySeconds: 5,
    retries: 2,
    retryDelaySeconds: 300,
    callerIdName: 'UCC 1414',
  },
  sla: {
    answerWorkingDays: 2,
    recordingRequestHours: 4,
    urgentAckMinutes: 15,
    averageWaitTargetSeconds: 40,
    reminderFractions: [0.5, 0.8],
  },
  urgentEscalation: { recipients: [] },
  reports: {
    recipients: [
      { id: 'ici-operator', kind: 'ici-operator', name: 'ICI operator', email: 'reports@nitec.kz' },
    ],
    scheduleCron: 'cron(0 3 * * ? *)',
  },
  recordings: { retentionDays: 1095, objectLock: true },
  // Weekly: 5 random calls per operator plus every call rated 1-2; summary Monday 09:00 Almaty.
  quality: {
    samplePerOperator: 5,
    lowRatingAtMost: 2,
    summaryCron: 'cron(0 4 ? * MON *)',
    summaryTo: ['quality-supervisors@ucc1414.example.kz'],
  },
  confidentiality: false,
  retainData: true,
  logRetentionDays: 90,
};

/**
 * Defaults of contact center 111 for family, women's and children's rights. Its data is isolated from
 * 1414's (own tables, buckets and KMS key); urgent cases go to the recipients below at once.
 */
const family111: HotlineDefaults = {
  id: '111',
  slug: 'family111',
  displayName: {
    kk: 'Отбасы, әйелдер және балалар құқықтары жөніндегі 111 байланыс орталығы',
    ru: 'Контакт-центр 111 по вопросам семьи, женщин и защиты прав детей',
    en: 'Contact center 111 for family, women and children’s rights',
  },
  env: { region: 'eu-central-1' },
  languages: ['kk', 'ru'],
  defaultLanguage: 'kk',
  hours: '24/7',
  connect: {
    instance: { source: 'create', alias: 'qoldau-family111' },
    phoneNumbers: [
      {
        label: 'short-111',
        published: '111',
        connect: { source: 'pending' },
        carrierRouted: true,
      },
    ],
  },
  email: {
    inboundAddresses: ['info@111.gov4c.kz'],
    fromAddress: 'no-reply@111.gov4c.kz',
    receiptRuleSet: { name: 'qoldau-inbound', managed: true },
  },
  web: { origins: ['https://111.gov4c.kz'] },
  survey: { enabled: false },
  // Off: calling back can endanger a caller whose phone is in an abuser's hands (docs/callback-and-staffing.md).
  callback: {
    enabled: false,
    thresholdSeconds: 40,
    initialDelaySeconds: 5,
    retries: 2,
    retryDelaySeconds: 300,
    callerIdName: 'Contact center 111',
  },
  sla: {
    answerWorkingDays: 15,
    recordingRequestHours: null,
    urgentAckMinutes: 15,
    averageWaitTargetSeconds: 40,
    reminderFractions: [0.5, 0.8],
  },
  // 1414's own Connect number goes here (per stage, through CDK context): see docs/deploy-checklist.md.
  transferTarget: { hotline: '1414' },
  urgentEscalation: {
    recipients: [
      { id: 'police-102', kind: 'state-body', name: 'Police duty unit', email: 'duty@police.example.kz' },
      {
        id: 'children-ombudsman',
        kind: 'childrens-ombudsman',
        name: 'Commissioner for Children’s Rights',
        email: 'urgent@children-ombudsman.example.kz',
      },
      {
        id: 'ombudsman-almaty',
        kind: 'regional-ombudsman',
        name: 'Regional children’s ombudsman, Almaty',
        email: 'almaty@children-ombudsman.example.kz',
      },
    ],
  },
  reports: {
    recipients: [
      { id: 'ici-operator', kind: 'ici-operator', name: 'ICI operator', email: 'reports@gov4c.kz' },
      {
        id: 'mlsp',
        kind: 'state-body',
        name: 'Ministry of Labour and Social Protection',
        email: 'reports@enbek.example.kz',
      },
    ],
    scheduleCron: 'cron(0 3 * * ? *)',
  },
  recordings: { retentionDays: 1825, objectLock: true },
  // Weekly: 5 random calls per operator plus every call rated 1-2; summary Monday 09:00 Almaty.
  quality: {
    samplePerOperator: 5,
    lowRatingAtMost: 2,
    summaryCron: 'cron(0 4 ? * MON *)',
    summaryTo: ['quality-supervisors@family111.example.kz'],
  },
  confidentiality: true,
  retainData: true,
  logRetentionDays: 90,
};

export const hotlineDefaults: Readonly<Record<HotlineId, HotlineDefaults>> = {
  '1414': ucc1414,
  '111': family111,
};
