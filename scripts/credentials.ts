// `npm run credentials -- --hotline 1414 --role operator`: prints shell exports for a local identity, so any
// AWS-aware client (or curl with --aws-sigv4) can call the local API as that role.
import { parseArgs } from 'node:util';
import { HotlineIdSchema } from '../contracts/hotlines';
import { type CliRole, credentialsFor, runCli } from './lib/api-client';
import { CliError } from './lib/cli';

const ROLES: readonly CliRole[] = ['operator', 'supervisor', 'kbEditor', 'authority', 'webPortal'];

runCli(async () => {
  const { values } = parseArgs({
    options: { hotline: { type: 'string', default: '1414' }, role: { type: 'string', default: 'operator' } },
  });
  const hotline = HotlineIdSchema.safeParse(values.hotline);
  if (!hotline.success) throw new CliError(`--hotline must be 1414 or 111, not ${values.hotline}`, 2);
  if (!ROLES.includes(values.role as CliRole))
    throw new CliError(`--role must be one of ${ROLES.join(', ')}`, 2);
  const saved = { id: process.env['AWS_ACCESS_KEY_ID'], secret: process.env['AWS_SECRET_ACCESS_KEY'] };
  delete process.env['AWS_ACCESS_KEY_ID'];
  delete process.env['AWS_SECRET_ACCESS_KEY'];
  const credentials = credentialsFor(hotline.data, values.role as CliRole);
  if (saved.id) process.env['AWS_ACCESS_KEY_ID'] = saved.id;
  if (saved.secret) process.env['AWS_SECRET_ACCESS_KEY'] = saved.secret;
  process.stdout.write(
    `export AWS_ACCESS_KEY_ID=${credentials.accessKeyId}\nexport AWS_SECRET_ACCESS_KEY=${credentials.secretAccessKey}\n`,
  );
});
