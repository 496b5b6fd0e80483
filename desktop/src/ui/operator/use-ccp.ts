import { useEffect, useRef, useState } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { SignedFetch } from '../../api/signed-fetch';
import { loadConnect } from '../../ccp/load';
import type { QuickConnectEndpoint, StreamsAgent, StreamsContact } from '../../ccp/types';

export interface CallView {
  readonly contact: StreamsContact;
  readonly id: string;
  readonly state: 'ringing' | 'connected' | 'ended';
  readonly attributes: Readonly<Record<string, string>>;
  readonly queue: string;
}

const attributesOf = (contact: StreamsContact) =>
  Object.fromEntries(Object.entries(contact.getAttributes()).map(([name, { value }]) => [name, value]));

/** The CCP (or its stand-in) as page state: the agent, their state, the contact and quick connects. */
export function useCcp(config: DesktopConfig, username: string, signed: SignedFetch) {
  const container = useRef<HTMLDivElement>(null);
  const [agent, setAgent] = useState<StreamsAgent | null>(null);
  const [agentState, setAgentState] = useState('Offline');
  const [call, setCall] = useState<CallView | null>(null);
  const [quickConnects, setQuickConnects] = useState<QuickConnectEndpoint[]>([]);

  useEffect(() => {
    let cancelled = false;
    void loadConnect(config, username, signed).then((connect) => {
      if (cancelled || !container.current) return;
      connect.core.initCCP(container.current, {
        ccpUrl: config.ccp.url,
        region: config.region,
        loginPopup: true,
        softphone: { allowFramedSoftphone: true },
      });
      connect.agent((found) => {
        setAgent(found);
        setAgentState(found.getState().name);
        found.onRefresh((refreshed) => setAgentState(refreshed.getState().name));
        found.getEndpoints(found.getAllQueueARNs(), {
          success: (data) => setQuickConnects(data.endpoints),
        });
      });
      connect.contact((contact) => {
        const view = (state: CallView['state']): CallView => ({
          contact,
          id: contact.getContactId(),
          state,
          attributes: attributesOf(contact),
          queue: contact.getQueue().name,
        });
        setCall(view('ringing'));
        contact.onConnecting(() => setCall(view('ringing')));
        contact.onConnected(() => setCall(view('connected')));
        contact.onEnded(() => setCall(view('ended')));
        contact.onRefresh(() =>
          setCall((previous) =>
            previous?.id === contact.getContactId()
              ? { ...previous, attributes: attributesOf(contact) }
              : previous,
          ),
        );
        contact.onDestroy(() =>
          setCall((previous) => (previous?.id === contact.getContactId() ? null : previous)),
        );
      });
    });
    return () => {
      cancelled = true;
    };
  }, [config, username, signed]);

  const setState = (name: 'Available' | 'Offline') => {
    const state = agent?.getAgentStates().find((candidate) => candidate.name === name);
    if (agent && state) agent.setState(state);
  };

  return { container, agent, agentState, setState, call, quickConnects };
}
