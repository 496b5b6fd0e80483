import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { LocalContext, LocalService } from '../context';
import { json } from '../gateway/server';
import { parkEvent } from '../lambda/failure-queue';
import { resourcesOfType } from '../template-model';
import { CheckpointStore } from './dynamodb-streams/checkpoints';
import { MappingPoller } from './dynamodb-streams/mapping-poller';
import { StreamsApi } from './dynamodb-streams/streams-api';

/**
 * DynamoDB Streams stand-in: every `AWS::Lambda::EventSourceMapping` of the templates whose
 * `EventSourceArn` is a table's `StreamArn` gets a poller that reads the stream from DynamoDB Local (which
 * serves the streams API itself) and invokes the mapped function as Lambda does: DynamoDB stream events,
 * shards in order, `FilterCriteria`, `BatchSize`, partial-batch responses, bisecting and retry limits.
 * Positions are kept in the data folder across restarts. `GET ${url}/_local/dynamodb-streams` lists the
 * mappings with what they delivered.
 */
export function dynamoDbStreamsService(): LocalService {
  const pollers: MappingPoller[] = [];
  return {
    name: 'dynamodb-streams',
    async start(context: LocalContext) {
      const checkpoints = new CheckpointStore(context.dataDir);
      for (const [hotline, { model, names }] of context.stacks) {
        const api = new StreamsApi(context.dynamoEndpoint, names.region);
        for (const [logicalId, mapping] of resourcesOfType(
          model.template,
          'AWS::Lambda::EventSourceMapping',
        )) {
          const tableId = streamTableOf(mapping.Properties?.['EventSourceArn']);
          if (tableId === undefined || model.template.Resources[tableId]?.Type !== 'AWS::DynamoDB::Table')
            continue;
          const props = (names.resolve(mapping.Properties) ?? {}) as Record<string, unknown>;
          if (props['Enabled'] === false) continue;
          const fn = context.lambdas.find(String(props['FunctionName']));
          if (!fn)
            throw new Error(
              `Stream mapping ${logicalId} names unknown function ${String(props['FunctionName'])}`,
            );
          const tableName = names.ref(tableId);
          const { Table } = await context.dynamo.send(new DescribeTableCommand({ TableName: tableName }));
          if (!Table?.LatestStreamArn)
            throw new Error(`Table ${tableName} has no stream, but ${logicalId} reads it`);
          const poller = new MappingPoller({
            key: `${hotline}/${logicalId}`,
            tableName,
            streamArn: Table.LatestStreamArn,
            eventSourceArn: String(props['EventSourceArn']),
            region: names.region,
            functionName: fn.name,
            mapping: props,
            api,
            checkpoints,
            invoke: (event) => context.lambdas.invoke(fn.arn, event),
            log: context.log,
            ...failureDestination(context, props),
          });
          pollers.push(poller);
          poller.start();
        }
      }
      context.gateway.addEndpoint({
        prefix: '/_local/dynamodb-streams',
        handle: async () => json(200, { mappings: pollers.map((poller) => poller.describe()) }),
      });
    },
    async stop() {
      await Promise.all(pollers.map((poller) => poller.stop()));
    },
  };
}

/** The table logical id of `{"Fn::GetAtt": [<table>, "StreamArn"]}`, as CDK writes a stream source. */
function streamTableOf(eventSourceArn: unknown): string | undefined {
  const getAtt = (eventSourceArn as { 'Fn::GetAtt'?: unknown } | undefined)?.['Fn::GetAtt'];
  if (!Array.isArray(getAtt) || getAtt[1] !== 'StreamArn') return undefined;
  return String(getAtt[0]);
}

/** Where the mapping sends what it gave up on: its `DestinationConfig.OnFailure` queue, kept locally. */
function failureDestination(context: LocalContext, props: Record<string, unknown>) {
  const destination = (props['DestinationConfig'] as { OnFailure?: { Destination?: unknown } } | undefined)
    ?.OnFailure?.Destination;
  if (destination === undefined) return {};
  const queue = String(destination).split(':').at(-1)!;
  return { park: (record: unknown) => parkEvent(context, queue, record) };
}
