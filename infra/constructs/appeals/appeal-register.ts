import { Duration, Stack } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import type { QoldauHttpApi } from '../core/http-api';
import type { QoldauFunction } from '../core/qoldau-function';
import type { AccessRoles } from '../identity/access-roles';
import { AppealBuckets } from './appeal-buckets';
import {
  type AppealCalendar,
  type AppealFunctionContext,
  type AppealTimers,
  appealFunction,
  bindReferralDirectory,
} from './appeal-functions';
import { acknowledgeNumberRoutes } from './appeal-nag';
import { AppealReports } from './appeal-reports';
import { EmailIntake } from './email-intake';
import { UrgentEscalation, UrgentTopic } from './urgent-escalation';

export interface AppealRegisterProps {
  readonly config: HotlineConfig;
  /** The hotline's key: buckets and the urgent topic are encrypted with it. */
  readonly key: kms.IKey;
  /** The register's table (`AppealStore`). */
  readonly table: dynamodb.ITable;
  /**
   * The knowledge base's table (`KnowledgeBase`), which keeps the referral directory: the operators' API
   * names the body an appeal is referred to from it, and may read its referral bodies only.
   */
  readonly referralDirectory: dynamodb.ITable;
  /** Where the register's alarms notify: the hotline's `notifications` topic (`SlaNotifications`). */
  readonly alarmTopic: sns.ITopic;
  readonly api: QoldauHttpApi;
  /** The callers' roles: handlers tell supervisors and the web portal apart by role name. */
  readonly access: AccessRoles;
  /** Starts and stops the answer-deadline timer of each appeal (`SlaTimers`). */
  readonly timers: AppealTimers;
  /**
   * The editable working-day calendar (`SlaCalendar`).
   * @default the calendar shipped with the code
   */
  readonly calendar?: AppealCalendar;
}

/**
 * The information system for the registration of appeals, one per hotline: e-mail intake through SES,
 * the web form and operators' registrations (`POST /appeals`), status lookups by registration number,
 * the operators' lifecycle API, urgent escalation (also for the 111 IVR) with the state bodies'
 * acknowledgement, and the scheduled report.
 */
export class AppealRegister extends Construct {
  public readonly buckets: AppealBuckets;
  public readonly urgentTopic: UrgentTopic;
  public readonly emailIntake: EmailIntake;
  public readonly webApi: QoldauFunction;
  public readonly operatorApi: QoldauFunction;
  /** For the 111 contact flow's "urgent" branch (Connect invokes it; contract in `contracts/connect-lambdas.ts`). */
  public readonly urgentEscalationFunction: QoldauFunction;
  /** Both halves of an urgent call: the lean IVR function and the register's asynchronous registration. */
  public readonly urgentEscalation: UrgentEscalation;
  public readonly reports: AppealReports;

  constructor(scope: Construct, id: string, props: AppealRegisterProps) {
    super(scope, id);
    const { config, key, api, access } = props;
    this.buckets = new AppealBuckets(this, 'Buckets', { config, key });
    this.urgentTopic = new UrgentTopic(this, 'Urgent', { config, key });
    const context: AppealFunctionContext = {
      config,
      table: props.table,
      attachments: this.buckets.attachments,
      timers: props.timers,
      urgentTopic: this.urgentTopic.topic,
      ...(props.calendar ? { calendar: props.calendar } : {}),
    };
    this.emailIntake = new EmailIntake(this, 'EmailIntake', {
      ...context,
      key,
      inboundMail: this.buckets.inboundMail,
      alarmTopic: props.alarmTopic,
    });

    this.webApi = appealFunction(this, 'WebApi', context, {
      entry: 'functions/appeals/web-handler.ts',
      description: 'Registers web-form and phone appeals; answers status lookups by registration number',
      timeout: Duration.seconds(20),
      memorySize: 1024,
      sendsMail: true,
      escalates: true,
      times: true,
      storesFiles: true,
    });
    this.operatorApi = appealFunction(this, 'OperatorApi', context, {
      entry: 'functions/appeals/operator-handler.ts',
      description: 'Operators and supervisors read appeals, move them, refer them, record correspondence',
      timeout: Duration.seconds(20),
      sendsMail: true,
      escalates: true,
      times: true,
    });
    bindReferralDirectory(this.operatorApi, props.referralDirectory);
    for (const fn of [this.webApi, this.operatorApi]) {
      fn.addEnvironment(ENV.supervisorRoleName, access.roles.supervisor.roleName);
      fn.addEnvironment(ENV.webPortalRoleName, access.roles.webPortal.roleName);
    }
    this.urgentEscalation = new UrgentEscalation(this, 'UrgentEscalation', {
      ...context,
      key,
      alarmTopic: props.alarmTopic,
    });
    this.urgentEscalationFunction = this.urgentEscalation.function;
    this.reports = new AppealReports(this, 'Reports', context);

    const publicRoles = ['webPortal', 'operator', 'supervisor'] as const;
    const staff = ['operator', 'supervisor'] as const;
    api.route({ method: 'POST', path: '/appeals', handler: this.webApi, allow: publicRoles });
    api.route({ method: 'GET', path: '/appeals/{number}/status', handler: this.webApi, allow: publicRoles });
    api.route({ method: 'GET', path: '/appeals/{number}', handler: this.operatorApi, allow: staff });
    // The agent desktop: a caller's earlier appeals by the hash of their number (sent in the body).
    api.route({ method: 'POST', path: '/callers/appeals', handler: this.operatorApi, allow: staff });
    // `acknowledgement`: a state body acknowledged an urgent case (stops its acknowledgement clock).
    for (const action of ['transitions', 'correspondence', 'urgent', 'acknowledgement']) {
      api.route({
        method: 'POST',
        path: `/appeals/{number}/${action}`,
        handler: this.operatorApi,
        allow: staff,
      });
    }
    acknowledgeNumberRoutes(this, api, [
      'GET/appeals/*/status',
      'GET/appeals/*',
      'POST/appeals/*/transitions',
      'POST/appeals/*/correspondence',
      'POST/appeals/*/urgent',
      'POST/appeals/*/acknowledgement',
    ]);
  }

  /**
   * Lets `POST /appeals` record which operator registered an appeal, from the IdToken the desktop sends
   * (checked against this user pool's published keys; no AWS permission is needed to read them). Called
   * once the desktop's user pool exists, like `SlaEngine.useConnectInstance`.
   */
  identifyOperatorsWith(userPool: cognito.IUserPool): void {
    this.webApi.addEnvironment(
      ENV.userPoolJwksUrl,
      `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${userPool.userPoolId}/.well-known/jwks.json`,
    );
  }
}
