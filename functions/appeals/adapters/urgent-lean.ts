import { appealKeys, URGENT_CALL_CLAIM_PREFIX } from '../../../contracts/keys/appeal-keys';
import { DynamoDBError, LeanDynamoDB } from '../../shared/lean-dynamodb';
import { LeanLambda } from '../../shared/lean-lambda';
import { LeanSNS } from '../../shared/lean-sns';
import type { UrgentEscalationRequest } from '../domain/urgent-call';
import type { UrgentAlertDeps, UrgentCallClaims } from '../urgent-alert';

/**
 * The urgent IVR function's AWS side, without the AWS SDK (`functions/shared/lean-*.ts`): the claim of the
 * call in the register's table, the urgent topic, and the asynchronous hand-over to the register.
 */

/** The claim is a de-duplication marker of its own, beside the register's `connect:<contact id>`. */
export function urgentCallClaims(tableName: string, dynamo = new LeanDynamoDB()): UrgentCallClaims {
  const keyOf = (contactId: string) => appealKeys.dedupe(`${URGENT_CALL_CLAIM_PREFIX}${contactId}`);
  return {
    async claim(contactId, at) {
      try {
        await dynamo.putItem({
          TableName: tableName,
          Item: {
            ...keyOf(contactId),
            kind: 'urgent-call',
            key: `${URGENT_CALL_CLAIM_PREFIX}${contactId}`,
            state: 'pending',
            claimedAt: at,
          },
          // New, or claimed before by a run whose alert failed (that run sent the caller down the error branch):
          // only an alerted claim carries the topic message id.
          ConditionExpression: 'attribute_not_exists(pk) OR attribute_not_exists(topicMessageId)',
        });
        return true;
      } catch (error) {
        if (error instanceof DynamoDBError && error.name === 'ConditionalCheckFailedException') return false;
        throw error;
      }
    },
    async markAlerted(contactId, topicMessageId) {
      await dynamo.updateItem({
        TableName: tableName,
        Key: keyOf(contactId),
        UpdateExpression: 'SET #state = :done, topicMessageId = :id',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':done': 'done', ':id': topicMessageId },
      });
    },
  };
}

/** Publishes on the hotline's urgent topic, with the `type` attribute subscribers filter on. */
export function leanUrgentTopic(topicArn: string, sns = new LeanSNS()): UrgentAlertDeps['topic'] {
  return {
    publish: (subject, message, type) =>
      sns.publish({ TopicArn: topicArn, Subject: subject, Message: message, MessageAttributes: { type } }),
  };
}

/** Hands the registration to the register's urgent-escalation function (`InvocationType: Event`). */
export function asyncRegister(functionName: string, lambda = new LeanLambda()): UrgentAlertDeps['register'] {
  return {
    escalate: (request: UrgentEscalationRequest) => lambda.invokeEvent(functionName, request),
  };
}
