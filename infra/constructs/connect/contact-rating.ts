import { Duration } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { ENV } from '../../../contracts/env-names';
import type { HotlineConfig } from '../../config/schema';
import { bindTable } from '../core/bind';
import type { QoldauHttpApi } from '../core/http-api';
import { QoldauFunction } from '../core/qoldau-function';
import { acknowledgeParameterRoute } from '../sla/sla-nag';

export interface ContactRatingProps {
  readonly config: HotlineConfig;
  readonly api: QoldauHttpApi;
  /** The ratings table (`RatingsStore`), read through its by-contact index. */
  readonly ratingsTable: dynamodb.ITable;
}

/** The route, named once for the grant and its cdk-nag acknowledgement. */
export const CONTACT_RATING_ROUTE = { method: 'GET', path: '/contacts/{contactId}/rating' } as const;

/**
 * `GET /contacts/{contactId}/rating` for the hotline's operators and supervisors: the caller's post-call
 * survey answer for one consultation (404 until the survey stored it), which the operator's after-contact
 * screen shows in AWS and locally alike.
 */
export class ContactRating extends Construct {
  public readonly handler: QoldauFunction;

  constructor(scope: Construct, id: string, props: ContactRatingProps) {
    super(scope, id);
    this.handler = new QoldauFunction(this, 'Handler', {
      entry: 'functions/connect/contact-rating-handler.ts',
      config: props.config,
      description: "A contact's post-call survey rating for the operator's after-contact screen",
      timeout: Duration.seconds(10),
    });
    bindTable(this.handler, ENV.ratingsTable, props.ratingsTable, 'read');
    props.api.route({
      ...CONTACT_RATING_ROUTE,
      handler: this.handler,
      allow: ['operator', 'supervisor'],
    });
    acknowledgeParameterRoute(this, props.api, CONTACT_RATING_ROUTE.method, CONTACT_RATING_ROUTE.path);
  }
}
