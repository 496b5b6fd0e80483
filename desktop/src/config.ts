import { type DesktopConfig, DesktopConfigSchema } from '../../contracts/desktop-config';

/** Reads `config.json` beside the page: the same build serves every hotline and stage. */
export async function loadConfig(): Promise<DesktopConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const parsed = DesktopConfigSchema.safeParse(await response.json());
  if (!parsed.success)
    throw new Error(`config.json: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}
