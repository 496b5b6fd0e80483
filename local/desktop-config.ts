import type { DesktopConfig } from '../contracts/desktop-config';
import type { HotlineId } from '../contracts/hotlines';
import { ccpUrl } from '../infra/constructs/desktop/ccp-origin';
import type { LocalContext } from './context';
import { localPool } from './services/cognito/pools';

/**
 * The agent desktop's `config.json` for a hotline of the local runtime (served at
 * `/agent/<hotline>/config.json`): the local API, the local Cognito stand-ins and the CCP stand-in. The
 * deployed one is written by the stack with the same schema.
 */
export function localDesktopConfig(
  context: Pick<LocalContext, 'url' | 'stacks'>,
  hotline: HotlineId,
): DesktopConfig {
  const stack = context.stacks.get(hotline);
  if (!stack) throw new Error(`The local runtime has no hotline ${hotline}`);
  const pool = localPool(stack);
  const config = stack.model.config;
  return {
    hotline,
    region: pool.region,
    apiUrl: `${context.url}/${hotline}`,
    languages: [...config.languages],
    postCallSurvey: config.survey.enabled,
    auth: {
      userPoolId: pool.userPoolId,
      userPoolClientId: pool.clientId,
      identityPoolId: pool.identityPoolId,
      userPoolEndpoint: `${context.url}/_local/cognito-idp/${hotline}`,
      identityEndpoint: `${context.url}/_local/cognito-identity/${hotline}`,
      mfaRequired: pool.mfaRequired,
    },
    ccp: { url: ccpUrl(config), standIn: true },
  };
}
