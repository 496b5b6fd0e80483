import type { HotlineId, Language } from '../../../contracts/hotlines';
import type { FormText } from './form';

/**
 * A practice call, kept as data: who calls (language), how they go through the menu (the DTMF keys the flow
 * simulator presses), what they say (text the trainee reads), and what a good answer contains. The trainee
 * answers with the desktop's real panels; `practice.ts` scores what they did against `expected` and the form.
 */
export interface PracticeScenario {
  /** `<hotline>-<topic>-<lang>`: stable, results name it. */
  readonly id: string;
  readonly hotline: HotlineId;
  readonly language: Language;
  readonly title: FormText;
  /** Keys pressed in the IVR: the language first, then the menu choice (`npm run call -- --input ...`). */
  readonly menu: readonly string[];
  /** The `topic` attribute the menu path sets (checked against the simulator). */
  readonly topic: string;
  /** What the caller says, in the caller's language. */
  readonly callerSays: string;
  readonly expected: ExpectedAnswer;
}

export interface ExpectedAnswer {
  /** The knowledge-base article (translation group, `<hotline>-<topic>`) whose answer the caller needs. */
  readonly article: string;
  /** The competent body to refer to (referral directory id), or null when the centre answers itself. */
  readonly referral: string | null;
  /** Whether an appeal must be registered. */
  readonly register: boolean;
  /** 111: whether the case is urgent (the Urgent action alerts the state bodies). */
  readonly urgent: boolean;
  /** 111: whether the caller belongs on 1414 (Transfer to 1414, which tells the caller first, p11). */
  readonly transferTo1414: boolean;
}

/** What the trainee did with the panels during the practice call. */
export interface PracticeAnswer {
  /** Knowledge-base article ids opened, in order (`1414-egov-password-ru`). */
  readonly articlesOpened: readonly string[];
  /** Referral body picked (in the register panel or by transfer), if any. */
  readonly referral: string | null;
  readonly registered: boolean;
  readonly urgent: boolean;
  readonly transferredTo1414: boolean;
}
