import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where `npm run build:desktop` writes the agent desktop's built files (relative to the repository root). */
export const DESKTOP_BUILD_DIR = path.join('desktop', 'dist');

/** Stands in for a build that is missing, so synthesis (tests, the local runtime) works without one. */
const PLACEHOLDER_DIR = path.join(import.meta.dirname, 'placeholder');

export interface DesktopAssets {
  readonly directory: string;
  /** False when the placeholder page is deployed instead of the app (a synth warning says so). */
  readonly built: boolean;
}

/**
 * The folder whose files the stack deploys as the desktop: the build output when it holds an
 * `index.html`, otherwise a one-page placeholder that tells whoever opens it to build and deploy again.
 */
export function desktopAssets(repoRoot: string): DesktopAssets {
  const built = path.join(repoRoot, DESKTOP_BUILD_DIR);
  return fs.existsSync(path.join(built, 'index.html'))
    ? { directory: built, built: true }
    : { directory: PLACEHOLDER_DIR, built: false };
}
