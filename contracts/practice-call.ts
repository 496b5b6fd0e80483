/**
 * A practice call in the agent desktop, as the page and the local runtime both name it. Kept free of zod so
 * the desktop can import it without weighing on its bundle.
 */

/**
 * The contact attribute that marks a practice call and names its scenario (`1414-eds-revoke-ru`). The page
 * reads it from the contact like any other attribute: the Calls tab leaves such a contact to the Practice tab,
 * whose actions are recorded, never carried out.
 */
export const PRACTICE_ATTRIBUTE = 'practiceScenario';

/**
 * Local runtime only: `POST ${PRACTICE_CALLS_PATH}/<hotline>/calls` `{scenarioId, username}`, signed like the
 * CCP stand-in with an operator's keys, plays the scenario's menu path through the flow simulator and rings
 * that operator alone. Answers `201 {contactId, scenarioId}` once the call rings.
 */
export const PRACTICE_CALLS_PATH = '/_local/practice';

/** What `POST .../calls` answers once the practice call rings in the trainee's CCP stand-in. */
export interface PracticeCallStarted {
  readonly contactId: string;
  readonly scenarioId: string;
}
