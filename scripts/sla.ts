import { runSlaCli } from './sla-cli';

const result = runSlaCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
