import { ENV, readEnv } from '../shared/env';
import { SnapshotStore } from './adapters/snapshot-store';
import { type LoadedSnapshot, readSnapshot } from './domain/snapshot';

/** The snapshot store of this function's knowledge base (from its environment), and how to load from it. */
export function snapshotStore(): SnapshotStore {
  const env = readEnv([ENV.kbSnapshotBucket]);
  return new SnapshotStore(env[ENV.kbSnapshotBucket]);
}

export function snapshotLoader(store: SnapshotStore): () => Promise<LoadedSnapshot | undefined> {
  return async () => {
    const bytes = await store.get();
    return bytes === undefined ? undefined : readSnapshot(bytes);
  };
}
