// `npm run staffing -- ...`: see `scripts/staffing-cli.ts` for usage.
import { runStaffingCli } from './staffing-cli';

const result = await runStaffingCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
