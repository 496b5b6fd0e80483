import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';

// Created once per execution environment; endpoints come from AWS_ENDPOINT_URL_<SERVICE>, which the local
// runtime points at its SES and SNS stand-ins.

let ses: SESv2Client | undefined;
let sns: SNSClient | undefined;

export function sesClient(): SESv2Client {
  ses ??= new SESv2Client({});
  return ses;
}

export function snsClient(): SNSClient {
  sns ??= new SNSClient({});
  return sns;
}
