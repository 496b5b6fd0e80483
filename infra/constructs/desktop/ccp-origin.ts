import type { HotlineConfig } from '../../config/schema';

/**
 * The alias in the instance's domain: the configured one, or the hotline slug for an imported instance (as
 * `ConnectInstance.alias`; an imported instance must have been created with that alias).
 */
function instanceAlias(config: HotlineConfig): string {
  const instance = config.connect.instance;
  return instance.source === 'create' ? instance.alias : config.slug;
}

/** The origin the instance serves its CCP from, the only one the desktop frames. */
export function ccpOrigin(config: HotlineConfig): string {
  return `https://${instanceAlias(config)}.my.connect.aws`;
}

/** The CCP the desktop embeds with amazon-connect-streams (`initCCP`). */
export function ccpUrl(config: HotlineConfig): string {
  return `${ccpOrigin(config)}/ccp-v2/`;
}
