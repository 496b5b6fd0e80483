/** The origins the desktop page talks to besides its own. */
export interface DesktopOrigins {
  /** The instance's CCP origin (`https://<alias>.my.connect.aws`): the only frame, and a connect target. */
  readonly ccp: string;
  /** The hotline API (an origin, or a host pattern when the exact host cannot be named; see AgentDesktop). */
  readonly api: string;
  /** Cognito's user-pool and identity endpoints of the region. */
  readonly cognito: readonly string[];
  /** Where call recordings play from (15-minute S3 URLs a supervisor opens to evaluate a call). */
  readonly recordings?: string;
}

/**
 * The desktop's content security policy: everything from its own origin, frames only from the CCP, network
 * calls only to the CCP, the API and Cognito, no plugins, no inline script, and no one may frame the desktop.
 */
export function contentSecurityPolicy(origins: DesktopOrigins): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", origins.ccp, origins.api, ...origins.cognito]],
    ['frame-src', [origins.ccp]],
    ['media-src', ["'self'", ...(origins.recordings ? [origins.recordings] : [])]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['upgrade-insecure-requests', []],
  ];
  return directives.map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/**
 * Browser features: none, except the microphone for the CCP frame (the softphone) and the page itself;
 * amazon-connect-streams asks for it in the iframe's `allow` attribute.
 */
export function permissionsPolicy(ccpOrigin: string): string {
  return [
    'camera=()',
    'geolocation=()',
    'payment=()',
    'usb=()',
    `microphone=(self "${ccpOrigin}")`,
    `autoplay=(self "${ccpOrigin}")`,
  ].join(', ');
}
