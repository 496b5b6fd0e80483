import type { LocalService } from '../context';
import { reportsService } from '../reports/service';
import { cognitoService } from './cognito';
import { connectService } from './connect';
import { connectMetricsService } from './connect-metrics';
import { desktopService } from './desktop';
import { dynamoDbStreamsService } from './dynamodb-streams';
import { kinesisService } from './kinesis';
import { knowledgeBaseService } from './knowledge-base';
import { lambdaInvokeService } from './lambda-invoke';
import { monitoringService } from './monitoring';
import { qualityService } from './quality';
import { schedulesService } from './schedules';
import { sesService } from './ses';
import { snsService } from './sns';
import { stepFunctionsService } from './step-functions';

/**
 * The local stand-ins for AWS services and triggers, started in this order. Each capability that needs one
 * adds its service here.
 */
export function localServices(options: { readonly schedules: boolean }): LocalService[] {
  return [
    snsService(),
    lambdaInvokeService(),
    cognitoService(),
    sesService(),
    stepFunctionsService(),
    kinesisService(),
    dynamoDbStreamsService(),
    knowledgeBaseService(),
    connectService(),
    connectMetricsService(),
    monitoringService({ runSchedules: options.schedules }),
    ...(options.schedules ? [schedulesService()] : []),
    reportsService(),
    qualityService(),
    desktopService(),
  ];
}
