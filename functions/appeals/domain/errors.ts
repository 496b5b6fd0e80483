/**
 * Typed errors of the appeal domain. None of them echoes a contact value (phone, e-mail): messages end
 * up in logs, and logs never carry personal data.
 */

/** A value given as an applicant's contact is neither an e-mail address nor a phone number. */
export class InvalidContactError extends Error {
  override readonly name = 'InvalidContactError';

  constructor(options?: ErrorOptions) {
    super(
      'Contact is neither an e-mail address nor a phone number (value not shown: personal data)',
      options,
    );
  }
}

/** A status change the lifecycle does not allow, whoever asks (e.g. answered -> registered). */
export class TransitionNotAllowedError extends Error {
  override readonly name = 'TransitionNotAllowedError';
  readonly from: string;
  readonly to: string;

  constructor(from: string, to: string, allowed: readonly string[], options?: ErrorOptions) {
    const next = allowed.length > 0 ? allowed.join(', ') : 'none';
    super(`An appeal cannot go from "${from}" to "${to}"; from "${from}" it can go to: ${next}`, options);
    this.from = from;
    this.to = to;
  }
}

/** A status change the lifecycle allows, but not to this role (e.g. an operator closing an unanswered appeal). */
export class RoleNotAllowedError extends Error {
  override readonly name = 'RoleNotAllowedError';
  readonly role: string;

  constructor(role: string, from: string, to: string, options?: ErrorOptions) {
    super(`The role "${role}" may not move an appeal from "${from}" to "${to}"; ask a supervisor`, options);
    this.role = role;
  }
}

/** A status change that lacks what it needs: a reason to close or reopen, a body to refer to. */
export class MissingTransitionDetailError extends Error {
  override readonly name = 'MissingTransitionDetailError';
  readonly detail: string;

  constructor(to: string, detail: string, options?: ErrorOptions) {
    super(`Moving an appeal to "${to}" needs ${detail}`, options);
    this.detail = detail;
  }
}

/** Only urgent appeals are passed to state bodies, so only they can be acknowledged by one. */
export class NotUrgentError extends Error {
  override readonly name = 'NotUrgentError';

  constructor(displayNumber: string, options?: ErrorOptions) {
    super(
      `Appeal ${displayNumber} is not urgent: only urgent appeals are passed to state bodies and acknowledged by them`,
      options,
    );
  }
}
