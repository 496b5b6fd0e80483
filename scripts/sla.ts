import { runSlaCliWithHotline } from './sla-cli';

const result = await runSlaCliWithHotline(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
