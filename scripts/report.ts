// `npm run report -- quality ...`: see `scripts/report-cli.ts` for usage.
import { runReportCli } from './report-cli';

const result = await runReportCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
