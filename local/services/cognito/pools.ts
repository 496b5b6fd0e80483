import type { HotlineId } from '../../../infra/config/schema';
import type { LocalRole } from '../../auth/identities';
import type { LocalStack } from '../../context';

/** The groups of a hotline's user pool; each is mapped to the access role of the same name. */
export const DESKTOP_GROUPS = ['operator', 'supervisor', 'kbEditor'] as const;
export type DesktopGroup = (typeof DESKTOP_GROUPS)[number] & LocalRole;

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
 * cached its config keeps working across restarts. Groups map to the hotline's access roles as the stack
 * maps them: by the role's `qoldau:access-role` metadata.
 */
export function localPool(stack: LocalStack): LocalPool {
  const { model, names } = stack;
  const region = model.config.env.region;
  const userPoolId = `${region}_qoldau${model.hotline}`;
  const providerName = `cognito-idp.${region}.amazonaws.com/${userPoolId}`;
  const groupRoles = new Map<DesktopGroup, string>();
  for (const [logicalId, resource] of Object.entries(model.template.Resources)) {
    const role = resource.Metadata?.['qoldau:access-role'];
    if (resource.Type === 'AWS::IAM::Role' && DESKTOP_GROUPS.includes(role as DesktopGroup))
      groupRoles.set(role as DesktopGroup, names.arn(logicalId));
  }
  return {
    hotline: model.hotline,
    region,
    userPoolId,
    clientId: `qoldaudesktop${model.hotline}local`,
    identityPoolId: `${region}:00000000-0000-4000-8000-${model.hotline.padStart(12, '0')}`,
    providerName,
    issuer: `https://${providerName}`,
    mfaRequired: model.config.confidentiality,
    groupRoles,
  };
}
