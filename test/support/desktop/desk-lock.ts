import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The operators of a hotline share its queues: a call placed by one browser test rings at whichever desktop
 * operator is available, whatever file signed them in. Browser files that make operators available take this
 * lock for their whole run (in `beforeAll`, released in `afterAll`), so they run one after another even when
 * vitest runs files in parallel; it also keeps two Chromiums from sharing two cores.
 *
 * The lock is a directory in the test runtime's data folder (mkdir is atomic) holding the owner's pid; a lock
 * whose owner has died is taken over.
 */
export async function takeDeskLock(dataDir: string, waitMs = 900_000): Promise<() => void> {
  const lock = path.join(dataDir, 'desk.lock');
  const owner = path.join(lock, 'pid');
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(owner, String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (ownerIsGone(owner)) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`the desktop tests' lock ${lock} was held for ${waitMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function ownerIsGone(file: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(file, 'utf8'));
  } catch {
    // Just created, pid not written yet: not gone.
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
