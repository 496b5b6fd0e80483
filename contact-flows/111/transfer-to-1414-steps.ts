import type { Language } from '../../contracts/hotlines';
import type { FlowBuilder } from '../builder/flow-builder';
import { perLanguage } from '../shared/languages';
import type { Speaker } from '../shared/speaker';

export interface TransferTo1414Options {
  readonly language: Language;
  readonly speaker: Speaker;
  /** E.164 Connect number of the Unified Contact Center; none configured: the caller is told 1414 cannot be reached. */
  readonly phoneNumber: string | undefined;
  /** Where the caller goes when 1414 cannot be reached: a 111 specialist. */
  readonly onFailure: string;
}

/**
 * `to-1414-<l>`: tells the caller their question belongs to the Unified Contact Center 1414 (the 111 rules
 * require telling them), dials it and hands the call over; a failed call comes back to `onFailure`. Without a
 * configured number nothing is dialled: the caller hears that 1414 cannot be reached and goes to `onFailure`.
 */
export function addTransferTo1414(flow: FlowBuilder, options: TransferTo1414Options): void {
  const { language, speaker } = options;
  const id = (name: string) => perLanguage(name, language);
  if (options.phoneNumber === undefined) {
    flow.say(id('to-1414'), speaker.play('family-transfer-1414-failed', language), options.onFailure);
    return;
  }
  flow
    .say(id('to-1414'), speaker.play('family-transfer-1414', language), id('dial-1414'))
    .transferToPhoneNumber(id('dial-1414'), {
      phoneNumber: options.phoneNumber,
      onCallFailed: id('dial-1414-failed'),
      onError: id('dial-1414-failed'),
    })
    .say(id('dial-1414-failed'), speaker.play('family-transfer-1414-failed', language), options.onFailure);
}
