/** An error the Step Functions API answers with (HTTP 400, `__type`), or a state fails with. */
export class StatesApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}
