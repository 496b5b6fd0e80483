// `npm run build:desktop`: writes the agent desktop to desktop/dist (deployed by the stack, served by `npm start`).
import { buildDesktop } from '../desktop/build';

const build = await buildDesktop();
for (const [file, bytes] of Object.entries(build.files)) {
  if (!file.endsWith('.map')) console.log(`${file.padEnd(48)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`);
}
console.log(`Built the agent desktop into ${build.outdir}`);
