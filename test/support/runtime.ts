import { inject } from 'vitest';

/**
 * Points the command-line API client at the test runtime. Call at the top of an integration test file;
 * afterwards `callApi` and the CLI modules talk to the runtime exactly as to a deployed stack.
 */
export function useTestRuntime(): { apiUrl: string; credentialsFile: string; dataDir: string } {
  const apiUrl = inject('apiUrl');
  const credentialsFile = inject('credentialsFile');
  process.env['QOLDAU_API_URL'] = apiUrl;
  process.env['QOLDAU_CREDENTIALS_FILE'] = credentialsFile;
  delete process.env['AWS_ACCESS_KEY_ID'];
  delete process.env['AWS_SECRET_ACCESS_KEY'];
  return { apiUrl, credentialsFile, dataDir: inject('dataDir') };
}

/** The test runtime's engine key pair, for tests that read its buckets and tables directly. */
export function engineKeys(): { accessKeyId: string; secretAccessKey: string } {
  return inject('engineKeys');
}

/** Resource names of the running runtime by hotline, type and logical id (see `/_local/resources`). */
export async function localResources(apiUrl: string): Promise<LocalResources> {
  const response = await fetch(`${apiUrl}/_local/resources`);
  return (await response.json()) as LocalResources;
}

export interface LocalResources {
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly region: string;
  readonly hotlines: Record<string, { tables: Record<string, string>; buckets: Record<string, string> }>;
}
