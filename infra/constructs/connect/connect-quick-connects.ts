import * as connect from 'aws-cdk-lib/aws-connect';
import { Construct } from 'constructs';
import type { Language } from '../../../contracts/hotlines';
import type { HotlineConfig } from '../../config/schema';
import { connectApiCall, connectIdOf } from './connect-api-call';

export interface ConnectQuickConnectsProps {
  readonly config: HotlineConfig;
  readonly instanceArn: string;
  /** The hotline's queues by language: operators can transfer to each, and see the quick connects in each. */
  readonly queues: Readonly<Partial<Record<Language, connect.CfnQueue>>>;
  /** QUEUE_TRANSFER flow behind the queue quick connects. */
  readonly transferFlowArn: string;
  /** 111: QUEUE_TRANSFER flow that tells the caller and dials the Unified Contact Center 1414. */
  readonly transferTo1414FlowArn?: string;
}

/**
 * Transfers operators make from the agent desktop: to each language queue (the caller hears they are being
 * transferred), to 1414 (111 only, through the `111-transfer-to-1414` flow), and to every state body of
 * `urgentEscalation.recipients` that has a phone number. A queue lists the quick connects its operators see;
 * the queue's own property would make a dependency cycle (queue, quick connect, transfer flow, queue), so
 * each queue gets them with `AssociateQueueQuickConnects`.
 */
export class ConnectQuickConnects extends Construct {
  public readonly quickConnects: readonly connect.CfnQuickConnect[];

  constructor(scope: Construct, id: string, props: ConnectQuickConnectsProps) {
    super(scope, id);
    const { config, instanceArn } = props;
    const queueEntries = Object.entries(props.queues) as Array<[Language, connect.CfnQueue]>;
    const quickConnects: connect.CfnQuickConnect[] = queueEntries.map(
      ([language, queue]) =>
        new connect.CfnQuickConnect(this, `ToQueue-${language}`, {
          instanceArn,
          name: `to-${queue.name}`,
          description: `Transfer to the ${language} queue`,
          quickConnectConfig: {
            quickConnectType: 'QUEUE',
            queueConfig: { queueArn: queue.attrQueueArn, contactFlowArn: props.transferFlowArn },
          },
        }),
    );
    const [defaultQueue] = queueEntries;
    if (props.transferTo1414FlowArn !== undefined && defaultQueue !== undefined) {
      quickConnects.push(
        new connect.CfnQuickConnect(this, 'To1414', {
          instanceArn,
          name: 'to-1414',
          description: 'Transfer to the Unified Contact Center 1414 (the caller is told first)',
          quickConnectConfig: {
            quickConnectType: 'QUEUE',
            // The flow dials 1414 and falls back to the caller's language queue; this queue is only the entry.
            queueConfig: {
              queueArn: defaultQueue[1].attrQueueArn,
              contactFlowArn: props.transferTo1414FlowArn,
            },
          },
        }),
      );
    }
    for (const recipient of config.urgentEscalation.recipients) {
      if (recipient.phone === undefined) continue;
      quickConnects.push(
        new connect.CfnQuickConnect(this, `ToRecipient-${recipient.id}`, {
          instanceArn,
          name: `to-${recipient.id}`,
          description: `Transfer to ${recipient.kind} ${recipient.id}`,
          quickConnectConfig: {
            quickConnectType: 'PHONE_NUMBER',
            phoneConfig: { phoneNumber: recipient.phone },
          },
        }),
      );
    }
    this.quickConnects = quickConnects;

    const quickConnectArns = quickConnects.map((quickConnect) => quickConnect.attrQuickConnectArn);
    const quickConnectIds = quickConnectArns.map((arn) => connectIdOf(arn, 3));
    for (const [language, queue] of queueEntries) {
      const target = {
        InstanceId: connectIdOf(instanceArn, 1),
        QueueId: connectIdOf(queue.attrQueueArn, 3),
        QuickConnectIds: quickConnectIds,
      };
      connectApiCall(this, `QueueQuickConnects-${language}`, {
        action: 'AssociateQueueQuickConnects',
        parameters: target,
        undo: { action: 'DisassociateQueueQuickConnects', parameters: target },
        resources: [instanceArn, queue.attrQueueArn, ...quickConnectArns],
        physicalId: `${queue.name}-quick-connects`,
      });
    }
  }
}
