// `npm run quality -- ...`: see `scripts/quality-cli.ts` for usage.
import { runQualityCli } from './quality-cli';

const result = await runQualityCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
