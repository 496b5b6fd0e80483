import { ENV, readEnv } from '../shared/env';
import { type ApiEvent, callerOf } from '../shared/http';
import type { Actor } from './domain/appeal';

/**
 * Which of the register's roles signed a request. API Gateway has already checked that the role may call
 * the route; the handler still needs to know which one it is (a supervisor may close an unanswered appeal,
 * the web portal may only submit web appeals). The role is read from the caller's assumed-role ARN and
 * compared with the role names CDK binds into the environment.
 */
export type RegisterRole = 'webPortal' | 'operator' | 'supervisor';

let roleNames: { supervisor: string; webPortal: string } | undefined;

function names() {
  roleNames ??= (() => {
    const env = readEnv([ENV.supervisorRoleName, ENV.webPortalRoleName]);
    return { supervisor: env[ENV.supervisorRoleName], webPortal: env[ENV.webPortalRoleName] };
  })();
  return roleNames;
}

export function roleOf(event: ApiEvent): RegisterRole {
  // arn:aws:sts::<account>:assumed-role/<role name>/<session>
  const roleName = callerOf(event).arn.split('/').at(-2);
  if (roleName === names().supervisor) return 'supervisor';
  if (roleName === names().webPortal) return 'webPortal';
  return 'operator';
}

/** The staff member as history records them: session name (a user id, never a person's name) and role. */
export function staffActor(event: ApiEvent): Actor {
  const role = roleOf(event);
  return { id: callerOf(event).session, role: role === 'supervisor' ? 'supervisor' : 'operator' };
}
