import * as z from 'zod';

/** What the agent desktop reads from `config.json` at start: where to sign in, which API, which CCP. */
export const DesktopConfigSchema = z.object({
  hotline: z.enum(['1414', '111']),
  region: z.string().min(1),
  /** Base URL of the hotline's HTTP API, without a trailing slash (locally http://127.0.0.1:3000/1414). */
  apiUrl: z.string().url(),
  languages: z.array(z.enum(['kk', 'ru', 'en'])).min(1),
  /**
   * true where callers get a post-call survey (1414): the after-contact screen then waits for the rating at
   * `GET <apiUrl>/contacts/{contactId}/rating`. Absent (an older config.json) means no survey.
   */
  postCallSurvey: z.boolean().default(false),
  auth: z.object({
    userPoolId: z.string().min(1),
    userPoolClientId: z.string().min(1),
    identityPoolId: z.string().min(1),
    /** Cognito user-pool JSON endpoint (https://cognito-idp.<region>.amazonaws.com/ in AWS). */
    userPoolEndpoint: z.string().url(),
    /** Cognito identity JSON endpoint (https://cognito-identity.<region>.amazonaws.com/ in AWS). */
    identityEndpoint: z.string().url(),
    mfaRequired: z.boolean(),
  }),
  ccp: z.object({
    /** The instance's CCP, e.g. https://qoldau-ucc1414-dev.my.connect.aws/ccp-v2/ */
    url: z.string().url(),
    /** true only locally: the page loads the CCP stand-in instead of amazon-connect-streams' iframe. */
    standIn: z.boolean(),
  }),
});
export type DesktopConfig = z.infer<typeof DesktopConfigSchema>;
