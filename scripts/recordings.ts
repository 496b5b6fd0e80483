// `npm run recordings -- request|status|audit ...`: see `scripts/recordings-cli.ts` for usage.
import { runRecordingsCli } from './recordings-cli';

const result = await runRecordingsCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
