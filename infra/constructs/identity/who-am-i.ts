import type { Construct } from 'constructs';
import type { HotlineConfig } from '../../config/schema';
import type { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { ACCESS_ROLES } from './access-roles';

export interface WhoAmIProps {
  readonly config: HotlineConfig;
  readonly api: QoldauHttpApi;
}

/**
 * `GET /whoami` (`functions/identity/handler.ts`) for every access role: which hotline and role the signed
 * caller acts as. Added to the given scope (the stack) rather than wrapped in a construct of its own, so
 * the function keeps the logical ids it was deployed with.
 */
export function addWhoAmI(scope: Construct, props: WhoAmIProps): QoldauFunction {
  const whoami = new QoldauFunction(scope, 'WhoAmI', {
    entry: 'functions/identity/handler.ts',
    config: props.config,
    description: 'Tells a signed caller which hotline and role they act as',
  });
  props.api.route({ method: 'GET', path: '/whoami', handler: whoami, allow: [...ACCESS_ROLES] });
  return whoami;
}
