import { Annotations, CfnOutput, Stack } from 'aws-cdk-lib';
import * as connect from 'aws-cdk-lib/aws-connect';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { DesktopConfig } from '../../../contracts/desktop-config';
import type { HotlineConfig } from '../../config/schema';
import type { ConnectInstance } from '../connect/connect-instance';
import type { QoldauHttpApi } from '../core/http-api';
import type { AccessRoles } from '../identity/access-roles';
import { ccpOrigin, ccpUrl } from './ccp-origin';
import type { DesktopAssets } from './desktop-assets';
import { DesktopHosting } from './desktop-hosting';
import { acknowledgeDesktop } from './desktop-nag';
import { DesktopSignIn } from './desktop-sign-in';

export interface AgentDesktopProps {
  readonly config: HotlineConfig;
  readonly access: AccessRoles;
  readonly api: QoldauHttpApi;
  /** The hotline's Connect instance: its CCP is embedded, and the desktop's origin is approved there. */
  readonly instance: ConnectInstance;
  /** The built app (or the placeholder page when it was not built; see `desktopAssets`). */
  readonly assets: DesktopAssets;
}

/**
 * The agent desktop of one hotline: its sign-in (Cognito), its hosting (S3 + CloudFront) with the app's
 * files and a `config.json` written at deploy time, the desktop's origin approved in the Connect instance
 * (so the CCP may be framed there) and allowed by the API's CORS.
 */
export class AgentDesktop extends Construct {
  public readonly signIn: DesktopSignIn;
  public readonly hosting: DesktopHosting;
  /** What `config.json` holds (tokens resolved at deploy). */
  public readonly desktopConfig: DesktopConfig;

  constructor(scope: Construct, id: string, props: AgentDesktopProps) {
    super(scope, id);
    const { config, api, instance, assets } = props;
    const region = Stack.of(this).region;
    const userPoolEndpoint = `https://cognito-idp.${region}.amazonaws.com/`;
    const identityEndpoint = `https://cognito-identity.${region}.amazonaws.com/`;

    this.signIn = new DesktopSignIn(this, 'SignIn', { config, access: props.access });
    this.hosting = new DesktopHosting(this, 'Hosting', {
      config,
      origins: {
        ccp: ccpOrigin(config),
        // The API's own host would be exact, but naming it here makes the distribution depend on the API
        // while the API's CORS depends on the distribution's domain: a cycle CloudFormation refuses. The
        // pattern admits only API Gateway endpoints of this region, nothing outside AWS.
        api: `https://*.execute-api.${region}.amazonaws.com`,
        cognito: [userPoolEndpoint.replace(/\/$/, ''), identityEndpoint.replace(/\/$/, '')],
        // Presigned recording URLs of this region's S3, played (media only) when a supervisor evaluates a call.
        recordings: `https://*.s3.${region}.amazonaws.com`,
      },
    });
    api.allowBrowserOrigin(this.hosting.origin);

    this.desktopConfig = {
      hotline: config.id,
      region,
      apiUrl: api.api.apiEndpoint,
      languages: [...config.languages],
      postCallSurvey: config.survey.enabled,
      auth: {
        userPoolId: this.signIn.userPool.userPoolId,
        userPoolClientId: this.signIn.client.userPoolClientId,
        identityPoolId: this.signIn.identityPool.ref,
        userPoolEndpoint,
        identityEndpoint,
        mfaRequired: this.signIn.mfaRequired,
      },
      ccp: { url: ccpUrl(config), standIn: false },
    };
    new s3deploy.BucketDeployment(this, 'Files', {
      sources: [
        s3deploy.Source.asset(assets.directory),
        s3deploy.Source.jsonData('config.json', this.desktopConfig),
      ],
      destinationBucket: this.hosting.bucket,
      // Browsers revalidate every file (ETag), so a new deployment reaches operators at their next reload.
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.hosting.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    if (!assets.built) {
      Annotations.of(this).addWarningV2(
        'qoldau:desktop-not-built',
        'desktop/dist/ is missing: the agent desktop is deployed as a placeholder page. Run `npm run build:desktop` and deploy again.',
      );
    }

    new connect.CfnApprovedOrigin(this, 'ApprovedOrigin', {
      instanceId: instance.instanceArn,
      origin: this.hosting.origin,
    });

    acknowledgeDesktop(this, { hosting: this.hosting, signIn: this.signIn });

    // Stable output names: ops scripts read them (docs/desktop-deploy.md).
    const outputs: Array<[string, string, string]> = [
      ['DesktopUrl', `${this.hosting.origin}/`, 'Agent desktop: where operators sign in'],
      ['DesktopUserPoolId', this.signIn.userPool.userPoolId, 'Desktop users (docs/desktop-deploy.md)'],
      ['DesktopUserPoolClientId', this.signIn.client.userPoolClientId, 'The desktop page’s app client'],
      ['DesktopIdentityPoolId', this.signIn.identityPool.ref, 'Exchanges sign-ins for role credentials'],
    ];
    for (const [name, value, description] of outputs)
      new CfnOutput(this, name, { value, description }).overrideLogicalId(name);
  }
}
