// `npm run kb -- import|search|export|get|versions|rollback|feedback ...`: see `scripts/kb-cli.ts` for usage.
import { runKbCli } from './kb-cli';

const result = await runKbCli(process.argv.slice(2), {
  progress: (message) => process.stderr.write(`${message}\n`),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
