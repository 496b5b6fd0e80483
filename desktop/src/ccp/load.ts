import type { DesktopConfig } from '../../../contracts/desktop-config';
import type { SignedFetch } from '../api/signed-fetch';
import { ccpStandIn } from './stand-in';
import type { StreamsConnect } from './types';

/**
 * The `connect` object the operator screen talks to: amazon-connect-streams (loaded only here, in its own
 * chunk, so it does not weigh on the first load) with the instance's CCP, or the local stand-in.
 */
export async function loadConnect(
  config: DesktopConfig,
  username: string,
  signed: SignedFetch,
): Promise<StreamsConnect> {
  if (config.ccp.standIn) {
    return ccpStandIn({ baseUrl: new URL(config.apiUrl).origin, hotline: config.hotline, username, signed });
  }
  // @ts-expect-error: the package's typings declare globals, not a module; importing it defines `connect`.
  await import('amazon-connect-streams');
  return (globalThis as unknown as { connect: StreamsConnect }).connect;
}
