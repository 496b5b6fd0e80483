import * as connect from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import {
  FAMILY_111_QUEUE_NAMES,
  HOTLINE_LANGUAGES,
  UCC_1414_QUEUE_NAMES,
} from '../../../contact-flows/index';
import type { HotlineId, Language } from '../../../contracts/hotlines';
import type { HotlineConfig } from '../../config/schema';
import { CONNECT_METADATA, type QueueMetadata } from './connect-metadata';

/** ASCII queue names per caller language, as the flows and reports know them. */
const QUEUE_NAMES: Readonly<Record<HotlineId, Readonly<Partial<Record<Language, string>>>>> = {
  '1414': UCC_1414_QUEUE_NAMES,
  '111': FAMILY_111_QUEUE_NAMES,
};

/** Routing profile names start like the queue names (`ucc-`, `family-`). */
const PROFILE_PREFIX: Readonly<Record<HotlineId, string>> = { '1414': 'ucc', '111': 'family' };

const ALL_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const MIDNIGHT = { hours: 0, minutes: 0 };

/** What operators may do in Connect. Recordings are not among them: they go through the audited request process. */
const AGENT_PERMISSIONS = ['BasicAgentAccess', 'OutboundCallAccess', 'TransferDestinations.View'];
const SUPERVISOR_PERMISSIONS = [
  ...AGENT_PERMISSIONS,
  'AccessMetrics',
  'AccessMetrics.RealTimeMetrics.Access',
  'AccessMetrics.HistoricalMetrics.Access',
  'ContactSearch.View',
  'ContactAttributes.View',
  'ManagerListenIn',
  'Queues.View',
  'RoutingPolicies.View',
  'Users.View',
];

export interface ConnectRoutingProps {
  readonly config: HotlineConfig;
  readonly instanceArn: string;
  /** Caller id for outbound legs (transfers to 1414 and to state bodies): one of the hotline's Connect numbers. */
  readonly outboundCallerIdNumberArn?: string;
}

/**
 * What the other side sees when the queue calls out (transfers, and queued callbacks, which dial with the
 * queue's caller ID): the hotline's Connect number and, with callback on, the configured caller ID name.
 */
function outboundCallerConfig(
  config: HotlineConfig,
  numberArn: string | undefined,
): Pick<connect.CfnQueueProps, 'outboundCallerConfig'> {
  const name = config.callback.enabled ? { outboundCallerIdName: config.callback.callerIdName } : {};
  const number = numberArn === undefined ? {} : { outboundCallerIdNumberArn: numberArn };
  const callerConfig = { ...name, ...number };
  return Object.keys(callerConfig).length === 0 ? {} : { outboundCallerConfig: callerConfig };
}

/**
 * Round-the-clock routing in the caller's language: 24/7 hours (Asia/Almaty), one queue per language, one
 * routing profile per language plus a multilingual one that serves every queue (operators who speak several
 * languages), and security profiles for operators and supervisors.
 */
export class ConnectRouting extends Construct {
  public readonly hours: connect.CfnHoursOfOperation;
  public readonly queues: Readonly<Partial<Record<Language, connect.CfnQueue>>>;
  public readonly routingProfiles: Readonly<Record<string, connect.CfnRoutingProfile>>;
  public readonly agentProfile: connect.CfnSecurityProfile;
  public readonly supervisorProfile: connect.CfnSecurityProfile;

  constructor(scope: Construct, id: string, props: ConnectRoutingProps) {
    super(scope, id);
    const { config, instanceArn } = props;
    const languages = flowLanguages(config);
    const prefix = PROFILE_PREFIX[config.id];

    this.hours = new connect.CfnHoursOfOperation(this, 'Hours', {
      instanceArn,
      name: `${config.slug}-24x7`,
      description: `${config.displayName.en}: open round the clock`,
      timeZone: 'Asia/Almaty',
      // Midnight to midnight is Connect's way of saying the whole day.
      config: ALL_DAYS.map((day) => ({ day, startTime: MIDNIGHT, endTime: MIDNIGHT })),
    });

    const queues: Partial<Record<Language, connect.CfnQueue>> = {};
    const queueNamespace = new Construct(this, 'Queues');
    for (const language of languages) {
      const name = QUEUE_NAMES[config.id][language] as string;
      const queue = new connect.CfnQueue(queueNamespace, language, {
        instanceArn,
        name,
        description: `${config.displayName.en}: callers who chose ${language}`,
        hoursOfOperationArn: this.hours.attrHoursOfOperationArn,
        ...outboundCallerConfig(config, props.outboundCallerIdNumberArn),
      });
      queue.addMetadata(CONNECT_METADATA.queue, { language } satisfies QueueMetadata);
      queues[language] = queue;
    }
    this.queues = queues;

    const profiles: Record<string, connect.CfnRoutingProfile> = {};
    const profileNamespace = new Construct(this, 'RoutingProfiles');
    const profile = (key: string, served: readonly Language[], description: string) => {
      const first = queues[served[0] as Language] as connect.CfnQueue;
      profiles[key] = new connect.CfnRoutingProfile(profileNamespace, key, {
        instanceArn,
        name: `${prefix}-${key}`,
        description,
        defaultOutboundQueueArn: first.attrQueueArn,
        mediaConcurrencies: [{ channel: 'VOICE', concurrency: 1 }],
        queueConfigs: served.map((language) => ({
          delay: 0,
          priority: 1,
          queueReference: { channel: 'VOICE', queueArn: (queues[language] as connect.CfnQueue).attrQueueArn },
        })),
      });
    };
    for (const language of languages) profile(language, [language], `Operators who speak ${language}`);
    if (languages.length > 1) {
      profile('multilingual', languages, `Operators who speak ${languages.join(', ')}: every queue`);
    }
    this.routingProfiles = profiles;

    this.agentProfile = new connect.CfnSecurityProfile(this, 'AgentProfile', {
      instanceArn,
      securityProfileName: `${config.slug}-operator`,
      description: 'Operators: answer and transfer calls in the agent desktop',
      permissions: AGENT_PERMISSIONS,
    });
    this.supervisorProfile = new connect.CfnSecurityProfile(this, 'SupervisorProfile', {
      instanceArn,
      securityProfileName: `${config.slug}-supervisor`,
      description: 'Supervisors: operator rights plus queue metrics, contact search and listening in',
      permissions: SUPERVISOR_PERMISSIONS,
    });
  }

  /** ARN of a language's queue; throws for a language the hotline does not serve. */
  queueArn(language: Language): string {
    const queue = this.queues[language];
    if (queue === undefined) throw new Error(`No queue for language "${language}"`);
    return queue.attrQueueArn;
  }
}

/**
 * The flows are written for a fixed set of languages per hotline; the configuration must agree, or callers
 * would be offered a language nobody routes.
 */
export function flowLanguages(config: HotlineConfig): readonly Language[] {
  const spoken: readonly Language[] = HOTLINE_LANGUAGES[config.id];
  const configured = [...config.languages].sort().join(', ');
  if ([...spoken].sort().join(', ') !== configured) {
    throw new Error(
      `Hotline ${config.id}: config.languages is [${configured}] but its flows offer [${spoken.join(', ')}]; ` +
        'set languages to the flows’ languages or add the language to contact-flows first',
    );
  }
  return spoken;
}
