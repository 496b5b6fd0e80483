import { type CatalogSource, mergeChanges } from './catalog';
import { buildIndex, type SearchIndex } from './search-index';

/**
 * The search index a warm Lambda keeps in memory, and how it stays fresh without reading the table per
 * query:
 * - cold start: read the change counter, then every published head, and build the index;
 * - afterwards, at most once per `checkIntervalMs`, read the counter (one small item); when it moved, fetch
 *   the changes since the last one applied and only the heads they name, and `upsert`/`remove` them;
 * - when too many changes piled up, or the change log no longer reaches back far enough, build anew.
 * A failed refresh keeps serving the index it has (stale for seconds rather than down) and tries again at
 * the next check.
 */

export interface WarmIndexOptions {
  /** @default 2000 */
  readonly checkIntervalMs?: number;
  /** More changes than this since the last refresh: rebuild instead of applying them. @default 200 */
  readonly maxIncrementalChanges?: number;
  /** More changed heads than this (a bulk import): rebuild instead of fetching them. @default 5000 */
  readonly maxIncrementalHeads?: number;
  /**
   * At most this many changes before the counter read at a build are applied again, those recorded within
   * `replayWindowMs` before it: heads come from an index, which may lag the table by a moment. @default 20
   */
  readonly replayOnBuild?: number;
  /** @default 10000 */
  readonly replayWindowMs?: number;
  readonly now?: () => number;
  readonly onError?: (error: unknown) => void;
}

interface IndexState {
  readonly index: SearchIndex;
  /** The last change applied (or the counter read before loading everything). */
  cursor: number;
  checkedAt: number;
  readonly builtAt: number;
}

export interface WarmIndexStats {
  readonly documents: number;
  readonly catalogVersion: number;
  readonly builtAt: number;
  readonly builds: number;
}

export class WarmIndex {
  private state: IndexState | undefined;
  private pending: Promise<IndexState> | undefined;
  private builds = 0;
  private readonly checkIntervalMs: number;
  private readonly maxIncrementalChanges: number;
  private readonly maxIncrementalHeads: number;
  private readonly replayOnBuild: number;
  private readonly replayWindowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: CatalogSource,
    private readonly options: WarmIndexOptions = {},
  ) {
    this.checkIntervalMs = options.checkIntervalMs ?? 2000;
    this.maxIncrementalChanges = options.maxIncrementalChanges ?? 200;
    this.maxIncrementalHeads = options.maxIncrementalHeads ?? 5000;
    this.replayOnBuild = options.replayOnBuild ?? 20;
    this.replayWindowMs = options.replayWindowMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** The index, refreshed first when the last check is older than the interval. */
  async get(): Promise<SearchIndex> {
    if (this.pending) return (await this.pending).index;
    const state = this.state;
    if (state && this.now() - state.checkedAt < this.checkIntervalMs) return state.index;
    this.pending = (state ? this.refreshOrKeep(state) : this.build()).finally(() => {
      this.pending = undefined;
    });
    this.state = await this.pending;
    return this.state.index;
  }

  stats(): WarmIndexStats | undefined {
    const state = this.state;
    if (!state) return undefined;
    return {
      documents: state.index.size,
      catalogVersion: state.cursor,
      builtAt: state.builtAt,
      builds: this.builds,
    };
  }

  private async build(): Promise<IndexState> {
    const started = this.now();
    const cursor = await this.source.version();
    const catalog = await this.source.loadAll();
    const state: IndexState = { index: buildIndex(catalog), cursor, checkedAt: started, builtAt: started };
    this.builds++;
    if (this.replayOnBuild > 0)
      await this.apply(state, Math.max(0, cursor - this.replayOnBuild), false, started - this.replayWindowMs);
    return state;
  }

  private async refreshOrKeep(state: IndexState): Promise<IndexState> {
    state.checkedAt = this.now();
    try {
      const latest = await this.source.version();
      if (latest <= state.cursor) return state;
      if (latest - state.cursor > this.maxIncrementalChanges) return await this.build();
      const complete = await this.apply(state, state.cursor, true);
      return complete ? state : await this.build();
    } catch (error) {
      this.options.onError?.(error);
      return state;
    }
  }

  /**
   * Applies the changes after `after`. With `strict`, the first one must follow `after` directly: a gap
   * means the log expired under us, and only a rebuild is safe (answers false); so does a bulk import,
   * whose heads are read faster all at once than id by id.
   */
  private async apply(state: IndexState, after: number, strict: boolean, since?: number): Promise<boolean> {
    const changes = await this.source.changesAfter(after, this.maxIncrementalChanges);
    if (changes.length === 0) return !strict;
    if (strict && changes[0]!.version !== after + 1) return false;
    const ids = mergeChanges(
      since === undefined
        ? changes
        : changes.filter((change) => (change.at ?? Number.POSITIVE_INFINITY) >= since),
    );
    if (strict && ids.articles.length + ids.referrals.length > this.maxIncrementalHeads) return false;
    const heads = await this.source.load(ids);
    for (const id of ids.articles) {
      const article = heads.articles.get(id);
      if (article) state.index.upsert(article);
      else state.index.remove(id);
    }
    for (const id of ids.referrals) {
      const referral = heads.referrals.get(id);
      if (referral) state.index.upsertReferral(referral);
      else state.index.removeReferral(id);
    }
    state.cursor = Math.max(state.cursor, changes.at(-1)!.version);
    return true;
  }
}
