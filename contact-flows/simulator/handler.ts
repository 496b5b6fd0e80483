import type { ParsedAction } from './parse-flow';
import type { ActionResult, RunContext } from './run-context';

/** Runs one action type; `parameters` lists every top-level parameter it understands. */
export interface ActionHandler {
  readonly parameters: readonly string[];
  run(action: ParsedAction, ctx: RunContext): ActionResult | Promise<ActionResult>;
}
