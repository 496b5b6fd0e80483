import { runCallCli } from './call-cli';

const result = await runCallCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
