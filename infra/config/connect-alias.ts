/**
 * The Connect instance alias and what follows from it. The alias is global across AWS accounts: it names the
 * instance's own domain (`https://<alias>.my.connect.aws`), so each stage (and each deployer of a stage)
 * needs its own.
 */

/** `AWS::Connect::Instance.InstanceAlias` (CloudFormation resource schema): 1-45 characters, this pattern. */
export const INSTANCE_ALIAS_MAX_LENGTH = 45;
export const INSTANCE_ALIAS_PATTERN = /^(?!d-)([\da-zA-Z]+)([-]*[\da-zA-Z])*$/;

export interface InstanceAliasParts {
  /** Base name from the configuration, e.g. `qoldau-ucc1414`. */
  readonly alias: string;
  /** Optional suffix, e.g. a deployer's initials. */
  readonly aliasSuffix?: string | undefined;
}

/** `<alias>-<stage>[-<aliasSuffix>]`, e.g. `qoldau-ucc1414-prod` or `qoldau-family111-dev-aa`. */
export function instanceAlias(parts: InstanceAliasParts, stage: string): string {
  return [parts.alias, stage, ...(parts.aliasSuffix ? [parts.aliasSuffix] : [])].join('-');
}

/** Why Connect would reject this alias, or undefined when it would not. */
export function instanceAliasProblem(alias: string): string | undefined {
  if (alias.length > INSTANCE_ALIAS_MAX_LENGTH) {
    return `instance alias "${alias}" is ${alias.length} characters; Connect allows at most ${INSTANCE_ALIAS_MAX_LENGTH}: shorten connect.instance.alias or aliasSuffix`;
  }
  if (!INSTANCE_ALIAS_PATTERN.test(alias)) {
    return `instance alias "${alias}" must be letters and digits joined by hyphens, not start with "d-" and not end with a hyphen`;
  }
  return undefined;
}

/** The agent's Contact Control Panel of an instance created with this alias. */
export function ccpUrl(alias: string): string {
  return `https://${alias}.my.connect.aws/ccp-v2/`;
}

/** Where Connect writes call recordings in the recordings bucket: `<prefix>/YYYY/MM/DD/<contactId>_<stamp>.wav`. */
export function callRecordingsPrefix(alias: string): string {
  return `connect/${alias}/CallRecordings`;
}
