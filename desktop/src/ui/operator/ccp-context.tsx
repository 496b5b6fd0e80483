import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { SignedFetch } from '../../api/signed-fetch';
import { useCcp } from './use-ccp';

export type Ccp = ReturnType<typeof useCcp>;

const CcpContext = createContext<Ccp | null>(null);

/**
 * One CCP per page (Streams allows one `initCCP`): the Calls tab and the Practice tab read the same agent and
 * contact, so a practice call rings where the operator's calls ring and blocks real calls while it lasts.
 */
export function CcpProvider(props: {
  config: DesktopConfig;
  username: string;
  signed: SignedFetch;
  children: ComponentChildren;
}) {
  const ccp = useCcp(props.config, props.username, props.signed);
  return <CcpContext.Provider value={ccp}>{props.children}</CcpContext.Provider>;
}

/** The page's CCP, or null outside a `CcpProvider`. */
export function useSharedCcp(): Ccp | null {
  return useContext(CcpContext);
}
