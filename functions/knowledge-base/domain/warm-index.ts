import { type CatalogSource, mergeChanges } from './catalog';
import { buildIndex, type SearchIndex } from './search-index';
import type { LoadedSnapshot } from './snapshot';

/**
 * The search index a warm Lambda keeps in memory, and how it stays fresh without reading the table per
 * query:
 * - cold start: load the latest snapshot (which names the last catalog change it includes, its watermark)
 *   and apply the changes numbered after it from the change log; without a usable snapshot, or when the log
 *   no longer reaches back to its watermark, read the change counter, then every published head, and build;
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
  /**
   * The latest snapshot of the index, if one can be had (see `snapshot.ts`); undefined when there is none.
   * A snapshot that fails to load is reported to `onError` and the index is built from the table.
   */
  readonly snapshot?: () => Promise<LoadedSnapshot | undefined>;
  /** A snapshot more changes than this behind is not caught up but replaced by a build. @default 2000 */
  readonly maxCatchUpChanges?: number;
  readonly now?: () => number;
  readonly onError?: (error: unknown) => void;
  /** Called after each build or snapshot load, for a log line. */
  readonly onReady?: (stats: WarmIndexReady) => void;
}

/** Where an index came from and what it took. */
export interface WarmIndexReady {
  readonly source: 'snapshot' | 'table';
  readonly documents: number;
  /** The snapshot's watermark (only for `snapshot`). */
  readonly watermark?: number;
  /** The last catalog change the index includes. */
  readonly catalogVersion: number;
  /** Catalog changes applied after loading the snapshot. */
  readonly changesApplied: number;
  readonly ms: number;
}

interface IndexState {
  readonly index: SearchIndex;
  /** The last change applied (or the counter read before loading everything). */
  cursor: number;
  checkedAt: number;
  readonly builtAt: number;
  readonly source: 'snapshot' | 'table';
}

export interface WarmIndexStats {
  readonly documents: number;
  readonly catalogVersion: number;
  readonly builtAt: number;
  /** Builds from the table and snapshot loads, together. */
  readonly builds: number;
  readonly source: 'snapshot' | 'table';
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
  private readonly maxCatchUpChanges: number;
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
    this.maxCatchUpChanges = options.maxCatchUpChanges ?? 2000;
    this.now = options.now ?? Date.now;
  }

  /** The index, refreshed first when the last check is older than the interval. */
  async get(): Promise<SearchIndex> {
    if (this.pending) return (await this.pending).index;
    const state = this.state;
    if (state && this.now() - state.checkedAt < this.checkIntervalMs) return state.index;
    return this.check();
  }

  /** The index with every recorded change applied: checks the counter now, whatever the interval. */
  async fresh(): Promise<SearchIndex> {
    if (this.pending) await this.pending;
    return this.check();
  }

  private async check(): Promise<SearchIndex> {
    const state = this.state;
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
      source: state.source,
    };
  }

  private async build(): Promise<IndexState> {
    const loaded = await this.fromSnapshot();
    if (loaded) return loaded;
    const started = this.now();
    const cursor = await this.source.version();
    const catalog = await this.source.loadAll();
    const state: IndexState = {
      index: buildIndex(catalog),
      cursor,
      checkedAt: started,
      builtAt: started,
      source: 'table',
    };
    this.builds++;
    if (this.replayOnBuild > 0)
      await this.apply(state, Math.max(0, cursor - this.replayOnBuild), false, started - this.replayWindowMs);
    this.ready(state, started, 0);
    return state;
  }

  /**
   * The snapshot's index caught up with the change log, or undefined: no snapshot, one that fails to load,
   * or one the log no longer reaches back to (its changes expired) or too far behind.
   */
  private async fromSnapshot(): Promise<IndexState | undefined> {
    if (this.options.snapshot === undefined) return undefined;
    const started = this.now();
    try {
      // The counter is read while the snapshot downloads: a snapshot newer than it simply needs no catch-up.
      const [snapshot, latest] = await Promise.all([this.options.snapshot(), this.source.version()]);
      if (snapshot === undefined) return undefined;
      const watermark = snapshot.header.watermark;
      const state: IndexState = {
        index: snapshot.index,
        cursor: watermark,
        checkedAt: started,
        builtAt: started,
        source: 'snapshot',
      };
      if (latest - watermark > this.maxCatchUpChanges) return undefined;
      while (state.cursor < latest) {
        if (!(await this.apply(state, state.cursor, true))) return undefined;
      }
      this.builds++;
      this.ready(state, started, state.cursor - watermark, watermark);
      return state;
    } catch (error) {
      this.options.onError?.(error);
      return undefined;
    }
  }

  private ready(state: IndexState, started: number, changesApplied: number, watermark?: number): void {
    this.options.onReady?.({
      source: state.source,
      documents: state.index.size,
      ...(watermark === undefined ? {} : { watermark }),
      catalogVersion: state.cursor,
      changesApplied,
      ms: this.now() - started,
    });
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
