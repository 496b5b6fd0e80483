import type { ResolvedPrompt, SimulatorDependencies } from './types';

export interface CatalogEntries {
  readonly flows: ReadonlyArray<{ readonly arn: string; readonly content: unknown }>;
  readonly prompts: ReadonlyArray<{ readonly arn: string; readonly prompt: ResolvedPrompt }>;
  readonly queues: ReadonlyArray<{ readonly arn: string; readonly name: string }>;
}

export type CatalogResolvers = Pick<SimulatorDependencies, 'resolveFlow' | 'resolvePrompt' | 'resolveQueue'>;

function lookup<T>(kind: string, entries: ReadonlyMap<string, T>): (arn: string) => T {
  return (arn) => {
    const found = entries.get(arn);
    if (found === undefined) throw new Error(`Unknown ${kind} ${arn}: is it wired into the flow refs?`);
    return found;
  };
}

/** Resolvers over known flows, prompts and queues; an unknown ARN is a wiring mistake and throws. */
export function createCatalog(entries: CatalogEntries): CatalogResolvers {
  return {
    resolveFlow: lookup('flow', new Map(entries.flows.map((f) => [f.arn, f.content]))),
    resolvePrompt: lookup('prompt', new Map(entries.prompts.map((p) => [p.arn, p.prompt]))),
    resolveQueue: lookup('queue', new Map(entries.queues.map((q) => [q.arn, q.name]))),
  };
}
