import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ConnectClient } from '@aws-sdk/client-connect';
import { SFNClient } from '@aws-sdk/client-sfn';

// Created once per execution environment; endpoints come from AWS_ENDPOINT_URL_<SERVICE>, which the local
// runtime points at its stand-ins.

let sfn: SFNClient | undefined;
let cloudWatch: CloudWatchClient | undefined;
let connect: ConnectClient | undefined;

export function sfnClient(): SFNClient {
  sfn ??= new SFNClient({});
  return sfn;
}

export function cloudWatchClient(): CloudWatchClient {
  cloudWatch ??= new CloudWatchClient({});
  return cloudWatch;
}

export function connectClient(): ConnectClient {
  connect ??= new ConnectClient({});
  return connect;
}
