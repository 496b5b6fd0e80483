import type { HotlineId } from '../../../contracts/hotlines';
import { PhysicalNames } from '../../../local/intrinsics';
import { synthesizeStacks } from '../../../local/template-model';
import { engineKeys, localResources } from '../runtime';

/**
 * Runs a register function in the test's own process against the shared runtime, with the environment
 * the template gives it (resolved as the runtime resolves it) and the runtime's endpoints: for functions
 * that no HTTP route or local trigger reaches, such as the one Connect invokes.
 */
export async function useFunctionEnvironment(
  apiUrl: string,
  hotline: HotlineId,
  entry: string,
): Promise<void> {
  const resources = await localResources(apiUrl);
  const model = (await synthesizeStacks()).find((stack) => stack.hotline === hotline);
  if (!model) throw new Error(`No stack for hotline ${hotline}`);
  const names = new PhysicalNames(model);
  const fn = Object.values(model.template.Resources).find(
    (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Metadata?.['qoldau:entry'] === entry,
  );
  if (!fn) throw new Error(`No function ${entry} in the ${hotline} template`);
  const variables = names.resolve(
    (fn.Properties?.['Environment'] as { Variables?: unknown } | undefined)?.Variables,
  ) as Record<string, string>;
  Object.assign(process.env, variables, {
    AWS_REGION: resources.region,
    AWS_ACCESS_KEY_ID: engineKeys().accessKeyId,
    AWS_SECRET_ACCESS_KEY: engineKeys().secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: resources.dynamoEndpoint,
    AWS_ENDPOINT_URL_S3: resources.s3Endpoint,
    AWS_ENDPOINT_URL_SESV2: `${apiUrl}/_aws/ses`,
    AWS_ENDPOINT_URL_SNS: `${apiUrl}/_aws/sns`,
    AWS_ENDPOINT_URL_LAMBDA: `${apiUrl}/_aws/lambda`,
    AWS_ENDPOINT_URL_SFN: `${apiUrl}/_aws/states`,
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
}
