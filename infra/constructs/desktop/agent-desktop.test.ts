import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { DesktopConfigSchema } from '../../../contracts/desktop-config';
import { createApp } from '../../app';
import { logicalIdOf } from '../core/nag';
import { ROLE_METADATA } from '../identity/access-roles';
import { desktopAssets } from './desktop-assets';

const { stacks } = createApp({ skipBundling: true, nag: false });
const templates = { '1414': Template.fromStack(stacks['1414']), '111': Template.fromStack(stacks['111']) };
const hotlines = ['1414', '111'] as const;

type Resource = { Type: string; Properties: Record<string, unknown>; Metadata?: Record<string, unknown> };

function cspOf(template: Template): string {
  const policies = Object.values(
    template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
  ) as Resource[];
  expect(policies).toHaveLength(1);
  const config = policies[0]!.Properties['ResponseHeadersPolicyConfig'] as {
    SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
  };
  return config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
}

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name)
    ?.slice(1);

describe('desktop sign-in (Cognito)', () => {
  it.each(hotlines)(
    'maps the groups of %s to its existing operator, supervisor and editor roles',
    (hotline) => {
      const template = templates[hotline];
      const roles = template.findResources('AWS::IAM::Role') as Record<string, Resource>;
      const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')) as Resource[];

      const mapping = Object.fromEntries(
        groups.map((group) => {
          const roleId = (group.Properties['RoleArn'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
          return [group.Properties['GroupName'], roles[roleId]?.Metadata?.[ROLE_METADATA]];
        }),
      );

      expect(mapping).toEqual({ operator: 'operator', supervisor: 'supervisor', kbEditor: 'kbEditor' });
      // Equal precedence: a user in two groups has no preferred role, which the identity pool denies.
      expect(new Set(groups.map((group) => group.Properties['Precedence'])).size).toBe(1);
    },
  );

  it('requires TOTP MFA on 111 and offers it on 1414', () => {
    templates['111'].hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
    templates['1414'].hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it.each(hotlines)(
    'lets only admins create %s users, with strong passwords and threat protection',
    (hotline) => {
      templates[hotline].hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 14,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        UserPoolTier: 'PLUS',
      });
    },
  );

  it.each(hotlines)(
    'gives the %s page a public client with USER_PASSWORD_AUTH only and no OAuth',
    (hotline) => {
      const clients = Object.values(
        templates[hotline].findResources('AWS::Cognito::UserPoolClient'),
      ) as Resource[];
      expect(clients).toHaveLength(1);
      const client = clients[0]!.Properties;

      expect(client['GenerateSecret']).toBe(false);
      expect(client['ExplicitAuthFlows']).toEqual(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
      expect(client['AllowedOAuthFlows']).toBeUndefined();
      expect(client['PreventUserExistenceErrors']).toBe('ENABLED');
    },
  );

  it.each(hotlines)('maps %s identities by token, denies ambiguous ones and has no guests', (hotline) => {
    const template = templates[hotline];
    template.hasResourceProperties('AWS::Cognito::IdentityPool', {
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [Match.objectLike({ ServerSideTokenCheck: true })],
    });
    template.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      Roles: {},
      RoleMappings: { desktop: Match.objectLike({ Type: 'Token', AmbiguousRoleResolution: 'Deny' }) },
    });
  });

  it.each(hotlines)(
    'lets the %s identity pool assume the desktop roles while they keep trusting the account',
    (hotline) => {
      const stack = stacks[hotline];
      const identityPoolId = stack.getLogicalId(stack.desktop.signIn.identityPool);
      const roles = templates[hotline].findResources('AWS::IAM::Role') as Record<string, Resource>;

      for (const group of ['operator', 'supervisor', 'kbEditor', 'authority', 'webPortal']) {
        const role = Object.values(roles).find((candidate) => candidate.Metadata?.[ROLE_METADATA] === group)!;
        const statements = (role.Properties['AssumeRolePolicyDocument'] as { Statement: unknown[] })
          .Statement;
        const trustsCognito = JSON.stringify(statements).includes('cognito-identity.amazonaws.com');

        expect(statements).toContainEqual(
          expect.objectContaining({ Action: 'sts:AssumeRole', Principal: { AWS: expect.anything() } }),
        );
        // Only the roles the desktop's groups use learn to trust the identity pool.
        expect(trustsCognito).toBe(['operator', 'supervisor', 'kbEditor'].includes(group));
        if (trustsCognito) {
          expect(statements).toContainEqual({
            Action: 'sts:AssumeRoleWithWebIdentity',
            Effect: 'Allow',
            Principal: { Federated: 'cognito-identity.amazonaws.com' },
            Condition: {
              StringEquals: { 'cognito-identity.amazonaws.com:aud': { Ref: identityPoolId } },
              'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
            },
          });
        }
      }
    },
  );
});

describe('desktop hosting (S3 + CloudFront)', () => {
  it.each([
    ['1414', 'https://qoldau-ucc1414.my.connect.aws'],
    ['111', 'https://qoldau-family111.my.connect.aws'],
  ] as const)('lets the %s desktop frame exactly its own CCP and nothing else', (hotline, ccp) => {
    const csp = cspOf(templates[hotline]);

    expect(directive(csp, 'frame-src')).toEqual([ccp]);
    expect(directive(csp, 'connect-src')).toEqual([
      "'self'",
      ccp,
      'https://*.execute-api.eu-central-1.amazonaws.com',
      'https://cognito-idp.eu-central-1.amazonaws.com',
      'https://cognito-identity.eu-central-1.amazonaws.com',
    ]);
    expect(directive(csp, 'script-src')).toEqual(["'self'"]);
    // Recordings play from presigned S3 URLs of the region when a supervisor evaluates a call: media only.
    expect(directive(csp, 'media-src')).toEqual(["'self'", 'https://*.s3.eu-central-1.amazonaws.com']);
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    // No other host anywhere in the policy, and no bare wildcard or scheme source.
    const hosts = csp.match(/https:\/\/[^\s;]+/g) ?? [];
    expect(new Set(hosts)).toEqual(
      new Set([
        ccp,
        'https://*.execute-api.eu-central-1.amazonaws.com',
        'https://cognito-idp.eu-central-1.amazonaws.com',
        'https://cognito-identity.eu-central-1.amazonaws.com',
        'https://*.s3.eu-central-1.amazonaws.com',
      ]),
    );
    expect(csp).not.toMatch(/(^|\s)(\*|https:|http:|'unsafe-inline'|'unsafe-eval')(\s|;|$)/);
    expect(csp).not.toContain(hotline === '1414' ? 'family111' : 'ucc1414');
  });

  it.each(hotlines)('sends strict security headers on every %s answer', (hotline) => {
    templates[hotline].hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({
            AccessControlMaxAgeSec: 730 * 24 * 3600,
            IncludeSubdomains: true,
            Override: true,
          }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
        }),
      }),
    });
  });

  it.each(hotlines)(
    'serves %s over HTTPS only, from a private bucket through origin access control',
    (hotline) => {
      const stack = stacks[hotline];
      const template = templates[hotline];
      const bucketId = logicalIdOf(stack.desktop.hosting.bucket);
      const distributionId = logicalIdOf(stack.desktop.hosting.distribution);

      template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
          Name: Match.anyValue(),
        },
      });
      template.hasResourceProperties('AWS::CloudFront::Distribution', {
        DistributionConfig: Match.objectLike({
          DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
          Origins: [
            Match.objectLike({
              OriginAccessControlId: Match.anyValue(),
              S3OriginConfig: { OriginAccessIdentity: '' },
            }),
          ],
          Logging: Match.objectLike({ Bucket: Match.anyValue() }),
        }),
      });
      template.hasResource('AWS::S3::Bucket', {
        Properties: Match.objectLike({
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site/' }),
        }),
      });
      // Only CloudFront, for this distribution, may read; and only over TLS.
      const policies = Object.values(template.findResources('AWS::S3::BucketPolicy')) as Resource[];
      const sitePolicy = policies.find(
        (policy) => JSON.stringify(policy.Properties['Bucket']) === JSON.stringify({ Ref: bucketId }),
      )!;
      const statements = JSON.stringify(sitePolicy.Properties['PolicyDocument']);
      expect(statements).toContain('"Service":"cloudfront.amazonaws.com"');
      expect(statements).toContain(distributionId);
      expect(statements).toContain('"aws:SecureTransport":"false"');
    },
  );

  it.each(hotlines)(
    'approves the %s desktop origin in its Connect instance and in the API CORS',
    (hotline) => {
      const stack = stacks[hotline];
      const template = templates[hotline];
      const origin = {
        'Fn::Join': [
          '',
          ['https://', { 'Fn::GetAtt': [logicalIdOf(stack.desktop.hosting.distribution), 'DomainName'] }],
        ],
      };

      template.hasResourceProperties('AWS::Connect::ApprovedOrigin', {
        Origin: origin,
        InstanceId: Match.anyValue(),
      });
      template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
        CorsConfiguration: Match.objectLike({
          AllowOrigins: Match.arrayWith([origin]),
          AllowMethods: Match.arrayWith(['PUT', 'DELETE']),
        }),
      });
    },
  );

  it.each(hotlines)('writes a %s config.json with the contract’s fields, resolved at deploy', (hotline) => {
    const stack = stacks[hotline];
    const config = stack.desktop.desktopConfig;
    const resolved = stack.resolve(config) as Record<string, unknown>;
    // Tokens become CloudFormation references; fill them with sample values to check the shape.
    const sample = JSON.parse(
      JSON.stringify(resolved, (_key, value) =>
        value && typeof value === 'object' && ('Ref' in value || 'Fn::GetAtt' in value || 'Fn::Join' in value)
          ? 'https://resolved.example'
          : value,
      ),
    );

    expect(DesktopConfigSchema.safeParse(sample).success).toBe(true);
    expect(resolved).toMatchObject({
      hotline,
      region: 'eu-central-1',
      postCallSurvey: hotline === '1414',
      auth: {
        userPoolId: { Ref: logicalIdOf(stack.desktop.signIn.userPool) },
        userPoolClientId: { Ref: logicalIdOf(stack.desktop.signIn.client) },
        identityPoolId: { Ref: stack.getLogicalId(stack.desktop.signIn.identityPool) },
        userPoolEndpoint: 'https://cognito-idp.eu-central-1.amazonaws.com/',
        identityEndpoint: 'https://cognito-identity.eu-central-1.amazonaws.com/',
        mfaRequired: hotline === '111',
      },
      ccp: { standIn: false },
    });
    templates[hotline].hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { Ref: logicalIdOf(stack.desktop.hosting.bucket) },
      Prune: true,
      DistributionPaths: ['/*'],
    });
  });
});

describe('stack outputs for ops', () => {
  it.each(hotlines)('names the %s desktop URL and pool ids with stable output keys', (hotline) => {
    const outputs = Object.keys(templates[hotline].toJSON()['Outputs'] ?? {});

    expect(outputs).toEqual(
      expect.arrayContaining([
        'DesktopUrl',
        'DesktopUserPoolId',
        'DesktopUserPoolClientId',
        'DesktopIdentityPoolId',
      ]),
    );
  });
});

describe('desktop build output', () => {
  it('deploys desktop/dist when it was built, and a placeholder page telling to build otherwise', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-desktop-'));

    const missing = desktopAssets(root);
    fs.mkdirSync(path.join(root, 'desktop', 'dist'), { recursive: true });
    fs.writeFileSync(path.join(root, 'desktop', 'dist', 'index.html'), '<!doctype html>');
    const built = desktopAssets(root);

    expect(missing.built).toBe(false);
    expect(fs.readFileSync(path.join(missing.directory, 'index.html'), 'utf8')).toContain(
      'npm run build:desktop',
    );
    expect(built).toEqual({ directory: path.join(root, 'desktop', 'dist'), built: true });
  });
});
