import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import type { AccessRole, AccessRoles } from '../identity/access-roles';

export interface QoldauHttpApiProps {
  readonly config: HotlineConfig;
  readonly roles: AccessRoles;
}

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteProps {
  readonly method: RouteMethod;
  /** Path with `{param}` placeholders, e.g. `/appeals/{number}/status`. */
  readonly path: string;
  readonly handler: lambda.IFunction;
  /** The only roles allowed to call the route. */
  readonly allow: readonly AccessRole[];
}

/**
 * The hotline's HTTP API. Every route is authorized with AWS IAM (SigV4): nothing is public. `route()`
 * adds a route and grants `execute-api:Invoke` on exactly that route to the roles named, in one place.
 */
export class QoldauHttpApi extends Construct {
  public readonly api: apigw.HttpApi;
  private readonly roles: AccessRoles;
  private readonly integrations = new Map<string, HttpLambdaIntegration>();
  private readonly browserOrigins: string[];

  constructor(scope: Construct, id: string, props: QoldauHttpApiProps) {
    super(scope, id);
    this.roles = props.roles;
    this.browserOrigins = [...props.config.web.origins];
    this.api = new apigw.HttpApi(this, 'Api', {
      apiName: `qoldau-${props.config.slug}-${props.config.stage}`,
      description: `qoldau ${props.config.id} API`,
      defaultAuthorizer: new HttpIamAuthorizer(),
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.config.web.origins,
        // PUT and DELETE: the desktop's editor screen edits and removes knowledge-base entries.
        allowMethods: [
          apigw.CorsHttpMethod.GET,
          apigw.CorsHttpMethod.POST,
          apigw.CorsHttpMethod.PUT,
          apigw.CorsHttpMethod.PATCH,
          apigw.CorsHttpMethod.DELETE,
        ],
        allowHeaders: [
          'authorization',
          'content-type',
          'x-amz-date',
          'x-amz-security-token',
          'x-amz-content-sha256',
          // The desktop's IdToken on the quality routes that act for one operator (contracts/quality.ts).
          'x-qoldau-id-token',
        ],
      },
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      retention: logs.RetentionDays.THREE_MONTHS,
      removalPolicy: props.config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      // Rate limits keep registration-number lookups from being enumerated and absorb floods.
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        // No source IP or identity beyond the role: access logs must not become a register of people.
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            routeKey: '$context.routeKey',
            status: '$context.status',
            latency: '$context.responseLatency',
            errorMessage: '$context.error.message',
          }),
        ),
      },
    });
  }

  /**
   * Lets pages served from `origin` call the API from a browser (CORS), e.g. the agent desktop's
   * CloudFront origin, which exists only once the stack creates it (a token).
   */
  allowBrowserOrigin(origin: string): void {
    this.browserOrigins.push(origin);
    (this.api.node.defaultChild as apigw.CfnApi).addPropertyOverride(
      'CorsConfiguration.AllowOrigins',
      this.browserOrigins,
    );
  }

  route(props: RouteProps): void {
    let integration = this.integrations.get(props.handler.node.addr);
    if (integration === undefined) {
      integration = new HttpLambdaIntegration(`${props.handler.node.id}Integration`, props.handler);
      this.integrations.set(props.handler.node.addr, integration);
    }
    this.api.addRoutes({
      path: props.path,
      methods: [props.method as apigw.HttpMethod],
      integration,
    });
    // IAM resource paths use the concrete request path, so placeholders become wildcards.
    const resourcePath = props.path.replace(/\{[^}]+\}/g, '*');
    const statement = new iam.PolicyStatement({
      actions: ['execute-api:Invoke'],
      resources: [this.api.arnForExecuteApi(props.method, resourcePath, '$default')],
    });
    for (const role of props.allow) this.roles.roles[role].addToPrincipalPolicy(statement);
  }
}
