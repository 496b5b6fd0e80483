// `npm run ingest-email -- FILE.eml [...]`: see `scripts/ingest-email-cli.ts` for usage.
import { runIngestEmailCli } from './ingest-email-cli';

const result = await runIngestEmailCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
