// `npm start`: both hotlines on this machine, no AWS account needed. See docs/local-runtime.md.
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, startRuntime } from './runtime';

// The runtime's own SDK clients (DynamoDB Local, S3, ...) would print the SDK's Node 20 notice; it concerns
// the deployed functions, which run on Node 24.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    'no-seed': { type: 'boolean', default: false },
    port: { type: 'string' },
  },
  strict: true,
});

const port = Number(values.port ?? process.env['PORT'] ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port ${values.port ?? process.env['PORT']}: use PORT=3000 or --port 3000`);
  process.exit(2);
}

const started = Date.now();
const runtime = await startRuntime({
  port,
  inMemory: values['in-memory'],
  seed: !values['no-seed'],
  dataDir: process.env['QOLDAU_DATA_DIR'] ?? DEFAULT_DATA_DIR,
  // The command-line tools read the same variable, so two runtimes side by side keep their keys apart.
  ...(process.env['QOLDAU_CREDENTIALS_FILE']
    ? { credentialsFile: process.env['QOLDAU_CREDENTIALS_FILE'] }
    : {}),
  log: (message) => console.log(message),
}).catch((error: Error) => {
  console.error(`qoldau could not start: ${error.message}`);
  process.exit(1);
});

console.log(
  `qoldau is running at ${runtime.url} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(`  health:      ${runtime.url}/health`);
console.log(
  `  data:        ${values['in-memory'] ? 'in memory (discarded on exit)' : runtime.context.dataDir}`,
);
console.log(
  `  credentials: ${process.env['QOLDAU_CREDENTIALS_FILE'] ?? '.local/credentials.json'} (see \`npm run credentials\`)`,
);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping...`);
  runtime.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
