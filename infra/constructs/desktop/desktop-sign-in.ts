import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import type { AccessRole, AccessRoles } from '../identity/access-roles';

/** The user-pool groups of the desktop, each named after the access role its members assume. */
export const DESKTOP_GROUPS = ['operator', 'supervisor', 'kbEditor'] as const satisfies readonly AccessRole[];
export type DesktopGroup = (typeof DESKTOP_GROUPS)[number];

/**
 * Every group has the same precedence on purpose: a user in two groups then gets no
 * `cognito:preferred_role`, the identity pool finds the role ambiguous and denies. One person, one group.
 */
const GROUP_PRECEDENCE = 10;

export interface DesktopSignInProps {
  readonly config: HotlineConfig;
  /** The hotline's existing access roles: the groups map to them, and they learn to trust the identity pool. */
  readonly access: AccessRoles;
}

/**
 * Sign-in of the agent desktop for one hotline: a Cognito user pool (no self sign-up, strong passwords, TOTP
 * MFA required where the hotline is confidential, optional elsewhere, Plus-tier threat protection), an app
 * client for the page (`USER_PASSWORD_AUTH` only, no secret, no OAuth), and an identity pool that exchanges
 * the IdToken for temporary keys of the hotline role named by the user's group (token-based mapping,
 * ambiguous -> deny, no unauthenticated identities).
 *
 * Why `USER_PASSWORD_AUTH` and not SRP: SRP would need a Cognito client library in the page; the page
 * speaks Cognito's JSON protocol itself over TLS, the same code against AWS and the local stand-in. The
 * password reaches Cognito only, never our API or logs.
 */
export class DesktopSignIn extends Construct {
  public readonly userPool: cognito.UserPool;
  public readonly client: cognito.UserPoolClient;
  public readonly identityPool: cognito.CfnIdentityPool;
  public readonly mfaRequired: boolean;

  constructor(scope: Construct, id: string, props: DesktopSignInProps) {
    super(scope, id);
    const { config, access } = props;
    this.mfaRequired = config.confidentiality;

    this.userPool = new cognito.UserPool(this, 'Users', {
      userPoolName: `qoldau-${config.slug}-${config.stage}-desktop`,
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      // No e-mail or phone is kept for staff: ops reset passwords (docs/desktop-deploy.md).
      accountRecovery: cognito.AccountRecovery.NONE,
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: this.mfaRequired ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      // Blocks sign-ins from compromised credentials and risky attempts; billed per active user, and a
      // hotline has a few hundred staff at most.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: config.retainData,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    this.client = this.userPool.addClient('Desktop', {
      userPoolClientName: 'agent-desktop',
      generateSecret: false,
      authFlows: { userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // About one shift.
      refreshTokenValidity: Duration.hours(12),
    });

    this.identityPool = new cognito.CfnIdentityPool(this, 'Identities', {
      identityPoolName: `qoldau_${config.slug}_${config.stage}_desktop`.replace(/-/g, '_'),
      allowUnauthenticatedIdentities: false,
      allowClassicFlow: false,
      cognitoIdentityProviders: [
        {
          clientId: this.client.userPoolClientId,
          providerName: this.userPool.userPoolProviderName,
          // Revoked tokens (global sign-out, a removed user) are refused at once, not only at expiry.
          serverSideTokenCheck: true,
        },
      ],
    });

    for (const group of DESKTOP_GROUPS) {
      const role = access.roles[group];
      new cognito.CfnUserPoolGroup(this, GROUP_IDS[group], {
        userPoolId: this.userPool.userPoolId,
        groupName: group,
        description: `Desktop users who act as the ${group} role of hotline ${config.id}`,
        roleArn: role.roleArn,
        precedence: GROUP_PRECEDENCE,
      });
      // Keeps what the role trusts today (the account's principals) and adds the identity pool, for
      // authenticated identities of this pool only.
      role.assumeRolePolicy?.addStatements(
        new iam.PolicyStatement({
          effect: iam.Effect.ALLOW,
          principals: [new iam.FederatedPrincipal('cognito-identity.amazonaws.com')],
          actions: ['sts:AssumeRoleWithWebIdentity'],
          conditions: {
            StringEquals: { 'cognito-identity.amazonaws.com:aud': this.identityPool.ref },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
          },
        }),
      );
    }

    new cognito.CfnIdentityPoolRoleAttachment(this, 'RoleMapping', {
      identityPoolId: this.identityPool.ref,
      // No default role: a user the mapping cannot place gets nothing.
      roles: {},
      roleMappings: {
        desktop: {
          identityProvider: `${this.userPool.userPoolProviderName}:${this.client.userPoolClientId}`,
          type: 'Token',
          ambiguousRoleResolution: 'Deny',
        },
      },
    });
  }
}

/** Construct ids of the groups: literal and stable (they name CloudFormation resources). */
const GROUP_IDS: Readonly<Record<DesktopGroup, string>> = {
  operator: 'OperatorGroup',
  supervisor: 'SupervisorGroup',
  kbEditor: 'KnowledgeBaseEditorGroup',
};
