// `npm run desktop-user -- --hotline 1414|111 --role operator|supervisor|kbEditor [--username NAME] [--json]`:
// creates (or resets) a user of the local agent desktop and prints how to sign in.
import { parseArgs } from 'node:util';
import { signedRequest } from '../clients/signed-request';
import { HotlineIdSchema } from '../contracts/hotlines';
import { loadConfig } from '../infra/config/load';
import { credentialsFor, DEFAULT_API_URL, runCli } from './lib/api-client';
import { asJson, CliError, EXIT_FAILED, EXIT_UNREACHABLE, EXIT_USAGE } from './lib/cli';

const ROLES = ['operator', 'supervisor', 'kbEditor'] as const;
const USAGE =
  'Usage: npm run desktop-user -- --hotline 1414|111 --role operator|supervisor|kbEditor [--username NAME] [--json]';

interface CreatedUser {
  readonly username: string;
  readonly password: string;
  readonly url: string;
  readonly totpSecret?: string;
}

function parse() {
  try {
    return parseArgs({
      options: {
        hotline: { type: 'string' },
        role: { type: 'string' },
        username: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`, EXIT_USAGE);
  }
}

runCli(async () => {
  const values = parse();
  const hotline = HotlineIdSchema.safeParse(values.hotline);
  if (!hotline.success) throw new CliError(`--hotline must be 1414 or 111\n${USAGE}`, EXIT_USAGE);
  const role = ROLES.find((candidate) => candidate === values.role);
  if (!role) throw new CliError(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`, EXIT_USAGE);

  const runtimeUrl = (process.env['QOLDAU_API_URL'] ?? DEFAULT_API_URL).replace(/\/$/, '');
  // Only the runtime's own supervisor identity may make users (the file `npm start` writes, mode 0600).
  const saved = { id: process.env['AWS_ACCESS_KEY_ID'], secret: process.env['AWS_SECRET_ACCESS_KEY'] };
  delete process.env['AWS_ACCESS_KEY_ID'];
  delete process.env['AWS_SECRET_ACCESS_KEY'];
  let credentials: ReturnType<typeof credentialsFor>;
  try {
    credentials = credentialsFor(hotline.data, 'supervisor');
  } catch (error) {
    // No credentials file: the runtime was never started here.
    throw new CliError((error as Error).message, EXIT_UNREACHABLE);
  }
  if (saved.id) process.env['AWS_ACCESS_KEY_ID'] = saved.id;
  if (saved.secret) process.env['AWS_SECRET_ACCESS_KEY'] = saved.secret;

  const region = loadConfig({ stage: process.env['QOLDAU_STAGE'] ?? 'dev' })[hotline.data].env.region;
  let response: Awaited<ReturnType<typeof signedRequest>>;
  try {
    response = await signedRequest({
      baseUrl: `${runtimeUrl}/_local/desktop-users`,
      region,
      credentials,
      method: 'POST',
      path: '',
      body: JSON.stringify({
        hotline: hotline.data,
        role,
        ...(values.username ? { username: values.username } : {}),
      }),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(
      `Cannot reach the local runtime at ${runtimeUrl} (${cause}). Is \`npm start\` running? Set QOLDAU_API_URL to point elsewhere.`,
      EXIT_UNREACHABLE,
    );
  }
  if (response.status === 404)
    throw new CliError(
      `${runtimeUrl} is not a qoldau local runtime with desktop sign-in (HTTP 404)`,
      EXIT_UNREACHABLE,
    );
  const body = JSON.parse(response.text || 'null') as (CreatedUser & { message?: string }) | null;
  if (response.status !== 200 || !body)
    throw new CliError(
      `Creating the user failed (HTTP ${response.status}): ${body?.message ?? response.text}`,
      response.status === 400 ? EXIT_USAGE : EXIT_FAILED,
    );
  if (values.json) {
    process.stdout.write(asJson(body));
    return;
  }
  const lines = [
    `Desktop user of hotline ${hotline.data} (${role}):`,
    `  url:       ${body.url}`,
    `  username:  ${body.username}`,
    `  password:  ${body.password}`,
  ];
  if (body.totpSecret)
    lines.push(
      `  TOTP key:  ${body.totpSecret}  (add it to an authenticator app; sign-in asks for its 6-digit code)`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
});
