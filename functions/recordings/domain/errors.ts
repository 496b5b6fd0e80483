/**
 * Why a recording request cannot be accepted. Each names the bad value and the fix; the API maps them to 400.
 */
export class InvalidRecordingRequestError extends Error {
  override readonly name = 'InvalidRecordingRequestError';
}

/** A request moved to a status the status machine does not allow from where it is. */
export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`A recording request cannot move from ${from} to ${to}`);
  }
}
