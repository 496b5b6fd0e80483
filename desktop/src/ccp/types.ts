/**
 * The part of amazon-connect-streams' `connect` global the desktop uses. The deployed page gets the real
 * one (the CCP in an iframe); locally the stand-in implements the same calls against the local runtime,
 * so the page's code is the same in both places.
 */
export interface Callbacks {
  success?(data?: unknown): void;
  failure?(error: string): void;
}

export interface AgentStateDef {
  readonly name: string;
  readonly type: 'routable' | 'not_routable' | 'offline';
  readonly agentStateARN: string | null;
}

export interface QuickConnectEndpoint {
  readonly endpointARN: string;
  readonly name: string;
  readonly type: string;
}

export interface StreamsAgent {
  getName(): string;
  getState(): { readonly name: string; readonly type: string };
  getAgentStates(): AgentStateDef[];
  setState(state: AgentStateDef, callbacks?: Callbacks): void;
  onRefresh(callback: (agent: StreamsAgent) => void): void;
  getAllQueueARNs(): string[];
  getEndpoints(
    queueARNs: string[],
    callbacks: { success(data: { endpoints: QuickConnectEndpoint[] }): void; failure?(error: string): void },
  ): void;
}

export interface StreamsContact {
  getContactId(): string;
  getAttributes(): Record<string, { readonly name: string; readonly value: string }>;
  getQueue(): { readonly name: string; readonly queueARN: string };
  getInitialConnection(): { getEndpoint(): { readonly phoneNumber: string } };
  getAgentConnection(): { destroy(callbacks?: Callbacks): void };
  getState(): { readonly type: string };
  accept(callbacks?: Callbacks): void;
  addConnection(endpoint: QuickConnectEndpoint, callbacks?: Callbacks): void;
  clear(callbacks?: Callbacks): void;
  onConnecting(callback: (contact: StreamsContact) => void): void;
  onConnected(callback: (contact: StreamsContact) => void): void;
  onEnded(callback: (contact: StreamsContact) => void): void;
  onRefresh(callback: (contact: StreamsContact) => void): void;
  onDestroy(callback: (contact: StreamsContact) => void): void;
}

export interface StreamsConnect {
  core: {
    initCCP(
      container: HTMLElement,
      options: {
        ccpUrl: string;
        loginPopup?: boolean;
        softphone?: { allowFramedSoftphone: boolean };
        region?: string;
      },
    ): void;
  };
  agent(callback: (agent: StreamsAgent) => void): void;
  contact(callback: (contact: StreamsContact) => void): void;
}
