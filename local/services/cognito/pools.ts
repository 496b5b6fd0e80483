import type { HotlineId } from '../../../contracts/hotlines';
import { DESKTOP_GROUPS, type DesktopGroup } from '../../../infra/constructs/desktop/desktop-sign-in';
import type { LocalStack } from '../../context';
import { resourcesOfType } from '../../template-model';

export { DESKTOP_GROUPS, type DesktopGroup };

/** A hotline's local user pool and identity pool: the stand-in for its Cognito resources. */
export interface LocalPool {
  readonly hotline: HotlineId;
  readonly region: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly identityPoolId: string;
  /** The key of `Logins` in identity calls, as in AWS: `cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  readonly providerName: string;
  /** The IdToken's `iss`: the provider name as an https URL, as Cognito writes it. */
  readonly issuer: string;
  readonly mfaRequired: boolean;
  /** Role ARN (as the local runtime names it) of each group's IAM role. */
  readonly groupRoles: ReadonlyMap<DesktopGroup, string>;
}

/**
 * Local ids that look like Cognito's (`<region>_...`, `<region>:<uuid>`), fixed per hotline so a page that
 * cached its config keeps working across restarts. Whether MFA is required and which role each group
 * maps to are read from the synthesized user pool and its groups, as deployed.
 */
export function localPool(stack: LocalStack): LocalPool {
  const { model, names } = stack;
  const region = model.config.env.region;
  const userPoolId = `${region}_qoldau${model.hotline}`;
  const providerName = `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  const pools = resourcesOfType(model.template, 'AWS::Cognito::UserPool');
  if (pools.length !== 1)
    throw new Error(`Stack ${model.stackName} should define one Cognito user pool, not ${pools.length}`);
  const groupRoles = new Map<DesktopGroup, string>();
  for (const [logicalId, group] of resourcesOfType(model.template, 'AWS::Cognito::UserPoolGroup')) {
    const name = group.Properties?.['GroupName'] as DesktopGroup;
    const roleId = (group.Properties?.['RoleArn'] as { 'Fn::GetAtt'?: [string, string] } | undefined)?.[
      'Fn::GetAtt'
    ]?.[0];
    const accessRole = roleId && model.template.Resources[roleId]?.Metadata?.['qoldau:access-role'];
    if (!roleId || !DESKTOP_GROUPS.includes(name) || accessRole !== name)
      throw new Error(
        `User pool group ${logicalId} of ${model.stackName} is not mapped to the ${name} access role`,
      );
    groupRoles.set(name, names.arn(roleId));
  }
  return {
    hotline: model.hotline,
    region,
    userPoolId,
    clientId: `qoldaudesktop${model.hotline}local`,
    identityPoolId: `${region}:00000000-0000-4000-8000-${model.hotline.padStart(12, '0')}`,
    providerName,
    issuer: `https://${providerName}`,
    mfaRequired: pools[0]![1].Properties?.['MfaConfiguration'] === 'ON',
    groupRoles,
  };
}
