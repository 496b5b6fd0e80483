// `npm run docs:config`: rewrites the generated tables of docs/configuration.md from infra/config/.
// `npm run docs:config -- --check` only says whether the page is current (exit 1 when it is not).
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_DOC_PATH, configJsonSchema, configPage } from './docs-config-page';
import { undocumentedKeys } from './docs-config-render';

const check = process.argv.includes('--check');
const current = readFileSync(CONFIG_DOC_PATH, 'utf8');
const wanted = configPage(current);
const missing = undocumentedKeys(configJsonSchema());
if (missing.length > 0) {
  process.stderr.write(`keys without .describe() text in infra/config/schema.ts: ${missing.join(', ')}\n`);
}
if (check) {
  process.stdout.write(
    current === wanted
      ? `${CONFIG_DOC_PATH} is current\n`
      : `${CONFIG_DOC_PATH} is out of date: run npm run docs:config\n`,
  );
  process.exitCode = current === wanted ? 0 : 1;
} else if (current === wanted) {
  process.stdout.write(`${CONFIG_DOC_PATH} is current\n`);
} else {
  writeFileSync(CONFIG_DOC_PATH, wanted);
  process.stdout.write(`wrote ${CONFIG_DOC_PATH}\n`);
}
