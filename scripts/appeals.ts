// `npm run appeals -- register|show|status|move|refer|acknowledge ...`: see `scripts/appeals-cli.ts` for usage.
import { runAppealsCli } from './appeals-cli';

const result = await runAppealsCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
