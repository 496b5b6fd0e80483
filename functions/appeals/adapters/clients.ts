import { SESv2Client } from '@aws-sdk/client-sesv2';

// Created once per execution environment; endpoints come from AWS_ENDPOINT_URL_<SERVICE>, which the local
// runtime points at its SES stand-in. The SNS client is the shared one (`functions/shared/aws-clients.ts`).

let ses: SESv2Client | undefined;

export function sesClient(): SESv2Client {
  ses ??= new SESv2Client({});
  return ses;
}
