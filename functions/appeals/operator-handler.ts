import { BadRequestError } from '../shared/errors';
import { httpHandler, jsonResult, parseJsonBody } from '../shared/http';
import { staffActor } from './callers';
import { appealDeps } from './deps';
import { markUrgent, moveAppeal, readAppeal, recordCorrespondence } from './lifecycle-service';
import { AcknowledgementSchema, CorrespondenceSchema, TransitionSchema } from './requests';
import { acknowledgeUrgentAppeal } from './urgent-acknowledgement';

const deps = appealDeps({ urgentTopic: true, directory: true });

/**
 * Operators and supervisors work an appeal: `GET /appeals/{number}` (the appeal and its history),
 * `POST /appeals/{number}/transitions`, `POST /appeals/{number}/correspondence`, `POST /appeals/{number}/urgent`,
 * `POST /appeals/{number}/acknowledgement` (a state body acknowledged an urgent case).
 */
export const handler = httpHandler(async (event) => {
  const number = event.pathParameters?.['number'] ?? '';
  const actor = staffActor(event);
  const noStore = { 'cache-control': 'no-store' };
  switch (event.routeKey) {
    case 'GET /appeals/{number}':
      return jsonResult(200, await readAppeal(deps, number), noStore);
    case 'POST /appeals/{number}/transitions':
      return jsonResult(
        200,
        await moveAppeal(deps, number, parseJsonBody(event, TransitionSchema), actor),
        noStore,
      );
    case 'POST /appeals/{number}/correspondence': {
      const history = await recordCorrespondence(
        deps,
        number,
        parseJsonBody(event, CorrespondenceSchema),
        actor,
      );
      return jsonResult(201, { history }, noStore);
    }
    case 'POST /appeals/{number}/urgent':
      return jsonResult(200, await markUrgent(deps, number, actor), noStore);
    case 'POST /appeals/{number}/acknowledgement':
      return jsonResult(
        200,
        await acknowledgeUrgentAppeal(deps, number, parseJsonBody(event, AcknowledgementSchema), actor),
        noStore,
      );
    default:
      throw new BadRequestError(`Unknown route ${event.routeKey}`);
  }
});
