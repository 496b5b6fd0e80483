import {
  createCatalog,
  HOTLINE_LANGUAGES,
  promptEntry,
  type ResolvedPrompt,
  recordedPrompts,
} from '../../../contact-flows/index';
import type { CatalogResolvers } from '../../../contact-flows/simulator/catalog';
import type { HotlineId, Language } from '../../../contracts/hotlines';
import {
  CONNECT_METADATA,
  type FlowMetadata,
  type LambdaMetadata,
  type PhoneNumberMetadata,
  type PromptMetadata,
} from '../../../infra/constructs/connect/connect-metadata';
import type { LocalStack } from '../../context';
import { resourcesOfType } from '../../template-model';

/** One hotline's contact center as the synthesized template describes it, ready for the simulator. */
export interface LocalContactCenter {
  readonly hotline: HotlineId;
  readonly instanceArn: string;
  /** The flow the hotline's numbers are associated with. */
  readonly entryFlowArn: string;
  /** What the caller dialled, as published (`1414`), shown as the contact's system endpoint. */
  readonly dialled: string;
  readonly resolvers: CatalogResolvers;
  /** Flow names by ARN, so transcripts say `1414-survey` rather than an ARN. */
  readonly flowNames: ReadonlyMap<string, string>;
  /** Lambda ARNs the flows invoke. */
  readonly lambdaArns: ReadonlySet<string>;
  /** Contract names (`appealStatus`) of the Lambdas associated with the instance, by ARN. */
  readonly lambdaNames: ReadonlyMap<string, string>;
  /** `<bucket>/<prefix>` of call recordings, from the CALL_RECORDINGS storage config. */
  readonly recordingLocationPrefix: string;
  /** Outside numbers the flows dial, by name (111's transfer target is `1414`). */
  readonly knownNumbers: Readonly<Record<string, string>>;
}

export class ContactCenterTemplateError extends Error {
  override name = 'ContactCenterTemplateError';
}

const metadata = <T>(resource: { Metadata?: Record<string, unknown> }, key: string) =>
  resource.Metadata?.[key] as T | undefined;

function resolvedPrompt(hotline: HotlineId, prompt: PromptMetadata): ResolvedPrompt {
  if (prompt.kind === 'music') return { kind: 'music', key: prompt.key };
  const recorded = recordedPrompts(hotline).find((candidate) => candidate.key === prompt.key);
  if (recorded === undefined) {
    throw new ContactCenterTemplateError(`Prompt ${prompt.key} of hotline ${hotline} is not in the manifest`);
  }
  const texts = promptEntry(prompt.key).texts;
  // A multilingual recording says only the hotline's own languages.
  const languages: readonly Language[] =
    recorded.language === 'multilingual' ? HOTLINE_LANGUAGES[hotline] : ['kk', 'ru', 'en'];
  return {
    kind: 'speech',
    key: prompt.key,
    texts: Object.fromEntries(languages.map((language) => [language, texts[language]])),
    language: recorded.language,
  };
}

/** Reads flows, prompts, queues, numbers and recording storage of a hotline from its template. */
export function readContactCenter({ model, names }: LocalStack): LocalContactCenter {
  const { hotline, template } = model;
  const flows = resourcesOfType(template, 'AWS::Connect::ContactFlow').flatMap(([logicalId, resource]) => {
    const flow = metadata<FlowMetadata>(resource, CONNECT_METADATA.flow);
    if (flow === undefined) return [];
    const props = resource.Properties ?? {};
    return [
      {
        key: flow.key,
        name: String(props['Name']),
        arn: names.getAtt(logicalId, 'ContactFlowArn'),
        instanceArn: String(names.resolve(props['InstanceArn'])),
        content: JSON.parse(String(names.resolve(props['Content']))) as unknown,
      },
    ];
  });
  const association = resourcesOfType(template, 'Custom::AWS')
    .map(([, resource]) => metadata<PhoneNumberMetadata>(resource, CONNECT_METADATA.phoneNumber))
    .find((number) => number !== undefined);
  const entry = flows.find((flow) => flow.key === association?.flow);
  if (association === undefined || entry === undefined) {
    throw new ContactCenterTemplateError(`Hotline ${hotline} has no phone number associated with a flow`);
  }
  const prompts = resourcesOfType(template, 'AWS::Connect::Prompt').flatMap(([logicalId, resource]) => {
    const prompt = metadata<PromptMetadata>(resource, CONNECT_METADATA.prompt);
    return prompt === undefined
      ? []
      : [{ arn: names.getAtt(logicalId, 'PromptArn'), prompt: resolvedPrompt(hotline, prompt) }];
  });
  const queues = resourcesOfType(template, 'AWS::Connect::Queue').map(([logicalId, resource]) => ({
    arn: names.getAtt(logicalId, 'QueueArn'),
    name: String(resource.Properties?.['Name']),
  }));
  const lambdaArns = new Set(
    flows.flatMap((flow) =>
      [...JSON.stringify(flow.content).matchAll(/"LambdaFunctionARN":"([^"]+)"/g)].map(
        (match) => match[1] as string,
      ),
    ),
  );
  const lambdaNames = new Map(
    resourcesOfType(template, 'AWS::Connect::IntegrationAssociation').flatMap(([, resource]) => {
      const lambda = metadata<LambdaMetadata>(resource, CONNECT_METADATA.lambda);
      const arn = names.resolve(resource.Properties?.['IntegrationArn']);
      return lambda === undefined ? [] : [[String(arn), lambda.name] as const];
    }),
  );
  const transferTarget = model.config.transferTarget;
  return {
    hotline,
    instanceArn: entry.instanceArn,
    entryFlowArn: entry.arn,
    dialled: association.published,
    resolvers: createCatalog({ flows, prompts, queues }),
    flowNames: new Map(flows.map((flow) => [flow.arn, flow.name])),
    lambdaArns,
    lambdaNames,
    recordingLocationPrefix: recordingPrefix({ model, names }),
    knownNumbers:
      transferTarget?.phoneNumber === undefined
        ? {}
        : { [transferTarget.phoneNumber]: transferTarget.hotline },
  };
}

function recordingPrefix({ model, names }: LocalStack): string {
  const storage = resourcesOfType(model.template, 'AWS::Connect::InstanceStorageConfig').find(
    ([, resource]) => resource.Properties?.['ResourceType'] === 'CALL_RECORDINGS',
  );
  const s3 = names.resolve(storage?.[1].Properties?.['S3Config']) as
    | { BucketName?: string; BucketPrefix?: string }
    | undefined;
  if (s3?.BucketName === undefined || s3.BucketPrefix === undefined) {
    throw new ContactCenterTemplateError(`Hotline ${model.hotline} stores no call recordings in S3`);
  }
  return `${s3.BucketName}/${s3.BucketPrefix}`;
}
