import { ID_TOKEN_HEADER } from '../../contracts/quality';
import { ENV, readEnv } from '../shared/env';
import { BadRequestError, ForbiddenError } from '../shared/errors';
import { type ApiEvent, callerOf, httpHandler, jsonResult, parseJsonBody } from '../shared/http';
import { IdTokenError, signedInUsername } from '../shared/id-token';
import { type RegisterRole, roleOf } from './callers';
import { appealDeps } from './deps';
import { InvalidClientAddressError, type RateLimit, statusLookupLimits } from './domain/rate-limit';
import { MAX_WEB_APPEAL_BYTES, WebAppealSchema } from './requests';
import { lookUpStatus } from './status-lookup';
import { submitAppeal } from './web-appeals';

const deps = appealDeps({ urgentTopic: true });

/** Header the web portal may set to the visitor's address, so lookups are rate limited per visitor. */
const CLIENT_IP_HEADER = 'x-qoldau-client-ip';

/**
 * The register's public face (web portal, and operators registering calls):
 * `POST /appeals` registers an appeal; `GET /appeals/{number}/status` tells its status and dates.
 */
export const handler = httpHandler(async (event) => {
  if (event.routeKey === 'POST /appeals') {
    const request = parseJsonBody(event, WebAppealSchema, MAX_WEB_APPEAL_BYTES);
    const idempotencyKey = event.headers['idempotency-key']?.trim();
    if (idempotencyKey !== undefined && (idempotencyKey === '' || idempotencyKey.length > 200)) {
      throw new BadRequestError('Idempotency-Key must be 1 to 200 characters');
    }
    const role = roleOf(event);
    const registeredBy = await registeringStaff(event, role);
    const answer = await submitAppeal(deps, {
      request,
      role,
      actorId: callerOf(event).session,
      ...(registeredBy ? { registeredBy } : {}),
      ...(idempotencyKey ? { idempotencyKey } : {}),
      rawBody: rawBody(event),
    });
    return jsonResult(201, answer, { 'cache-control': 'no-store' });
  }
  const answer = await lookUpStatus(
    deps.store,
    deps.settings.hotline,
    event.pathParameters?.['number'] ?? '',
    lookupLimits(event),
    deps.clock.now().getTime(),
  );
  return jsonResult(200, answer, { 'cache-control': 'no-store' });
});

/**
 * The operator (or supervisor) registering the appeal, when the desktop sends their IdToken: verified
 * like on the quality routes (the user pool's keys, bound to the identity that signed the request), so
 * nobody can register under another person's name. Without the header the appeal is registered unattributed
 * (scripts and other staff clients sign with the role alone); the web portal's visitors are never staff.
 */
async function registeringStaff(event: ApiEvent, role: RegisterRole): Promise<string | undefined> {
  if (role === 'webPortal' || event.headers[ID_TOKEN_HEADER] === undefined) return undefined;
  const jwksUrl = readEnv([ENV.userPoolJwksUrl])[ENV.userPoolJwksUrl];
  try {
    return await signedInUsername(event, { jwksUrl, hotline: deps.settings.hotline });
  } catch (error) {
    if (error instanceof IdTokenError) throw new ForbiddenError(error.message);
    throw error;
  }
}

function rawBody(event: ApiEvent): string {
  if (event.body === undefined) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

/** The allowances this lookup counts against: the caller, or for the portal the visitor it names. */
function lookupLimits(event: ApiEvent): RateLimit[] {
  try {
    return statusLookupLimits(
      roleOf(event),
      event.requestContext.http.sourceIp,
      event.headers[CLIENT_IP_HEADER],
    );
  } catch (error) {
    if (error instanceof InvalidClientAddressError) throw new BadRequestError(error.message);
    throw error;
  }
}
