/** Base of every problem the simulator finds in a flow; it never guesses past one. */
export class FlowSimulationError extends Error {
  override readonly name: string = 'FlowSimulationError';
}

/** Where in a flow a problem sits. */
export interface ActionLocation {
  readonly flow: string;
  readonly identifier: string;
  readonly actionType: string;
}

export class UnsupportedActionError extends FlowSimulationError {
  override readonly name = 'UnsupportedActionError';
  constructor(readonly location: ActionLocation) {
    super(
      `${location.flow}: action "${location.identifier}" has type ${location.actionType}, which the simulator does not know`,
    );
  }
}

export class UnsupportedParameterError extends FlowSimulationError {
  override readonly name = 'UnsupportedParameterError';
  constructor(
    readonly location: ActionLocation,
    readonly parameter: string,
    readonly detail: string,
  ) {
    super(
      `${location.flow}: action "${location.identifier}" (${location.actionType}) parameter ${parameter}: ${detail}`,
    );
  }
}

/** A branch the flow needs but does not define (for example an error with no NoMatchingError fallback). */
export class MissingBranchError extends FlowSimulationError {
  override readonly name = 'MissingBranchError';
  constructor(
    readonly location: ActionLocation,
    readonly branch: string,
  ) {
    super(
      `${location.flow}: action "${location.identifier}" (${location.actionType}) has no transition for ${branch}`,
    );
  }
}

export class MalformedFlowError extends FlowSimulationError {
  override readonly name = 'MalformedFlowError';
  constructor(
    readonly flow: string,
    detail: string,
  ) {
    super(`${flow}: ${detail}`);
  }
}

/** The flow kept running past the action budget: almost always a loop with no way out. */
export class SimulationLimitError extends FlowSimulationError {
  override readonly name = 'SimulationLimitError';
  constructor(
    readonly flow: string,
    readonly limit: number,
  ) {
    super(
      `${flow}: more than ${limit} actions ran without the contact ending; is there a loop with no exit?`,
    );
  }
}
