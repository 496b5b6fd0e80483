import type { SignedFetch } from '../api/signed-fetch';
import type {
  AgentStateDef,
  Callbacks,
  QuickConnectEndpoint,
  StreamsAgent,
  StreamsConnect,
  StreamsContact,
} from './types';

/** The local runtime's side (`local/services/connect/ccp-endpoints.ts`). */
interface Snapshot {
  readonly version: number;
  readonly agent: { readonly username: string; readonly state: 'Available' | 'Offline' } | null;
  readonly contact: {
    readonly contactId: string;
    readonly queue: { readonly arn: string; readonly name: string };
    readonly attributes: Record<string, string>;
    readonly customerNumber: string;
    readonly state: 'incoming' | 'connecting' | 'connected' | 'ended';
  } | null;
}

const STATES: AgentStateDef[] = [
  { name: 'Available', type: 'routable', agentStateARN: 'stand-in/available' },
  { name: 'Offline', type: 'offline', agentStateARN: 'stand-in/offline' },
];

type Listener = (contact: StreamsContact) => void;

/**
 * A CCP stand-in for the local runtime: `connect.core.initCCP`, `connect.agent`, `connect.contact` with the
 * calls the desktop makes, long-polling the local contact center (`/_local/ccp/<hotline>/...`), where
 * calls placed with `npm run call -- --desktop` ring.
 */
export function ccpStandIn(options: {
  baseUrl: string;
  hotline: string;
  username: string;
  signed: SignedFetch;
}): StreamsConnect {
  const root = `${options.baseUrl}/_local/ccp/${options.hotline}`;
  const call = (method: 'GET' | 'POST', path: string, body?: unknown) =>
    options.signed<Snapshot>({ method, url: `${root}${path}`, ...(body === undefined ? {} : { body }) });
  let snapshot: Snapshot = { version: 0, agent: null, contact: null };
  const agentCallbacks: Array<(agent: StreamsAgent) => void> = [];
  const agentRefresh: Array<(agent: StreamsAgent) => void> = [];
  const contactCallbacks: Array<(contact: StreamsContact) => void> = [];
  let current: { id: string; contact: StreamsContact; fire(event: string): void } | undefined;
  let lastState: string | undefined;
  let quickConnects: QuickConnectEndpoint[] = [];

  const wrap = (fn: () => Promise<Snapshot>, callbacks?: Callbacks) => {
    fn().then(
      (next) => {
        apply(next);
        callbacks?.success?.();
      },
      (error: Error) => callbacks?.failure?.(error.message),
    );
  };

  const agent: StreamsAgent = {
    getName: () => snapshot.agent?.username ?? options.username,
    // As in the CCP: on a call Busy, after it AfterCallWork until the contact is cleared, then the chosen state.
    getState: () => {
      const contactState = snapshot.contact?.state;
      const name =
        contactState === 'ended'
          ? 'AfterCallWork'
          : contactState === 'connecting' || contactState === 'connected'
            ? 'Busy'
            : (snapshot.agent?.state ?? 'Offline');
      return {
        name,
        type: name === 'Available' ? 'routable' : name === 'Offline' ? 'offline' : 'not_routable',
      };
    },
    getAgentStates: () => STATES,
    setState: (state, callbacks) =>
      wrap(() => call('POST', '/agent', { state: state.name, username: options.username }), callbacks),
    onRefresh: (callback) => agentRefresh.push(callback),
    getAllQueueARNs: () => [],
    getEndpoints: (_queues, callbacks) => {
      options
        .signed<{ quickConnects: Array<{ id: string; name: string; description: string; type: string }> }>({
          method: 'GET',
          url: `${root}/quick-connects`,
        })
        .then(
          (answer) => {
            quickConnects = answer.quickConnects.map((q) => ({
              endpointARN: q.id,
              name: q.name,
              type: q.type,
            }));
            callbacks.success({ endpoints: quickConnects });
          },
          (error: Error) => callbacks.failure?.(error.message),
        );
    },
  };

  function contactFor(id: string) {
    const listeners: Record<string, Listener[]> = {};
    const on = (event: string) => (callback: Listener) => {
      listeners[event] = [...(listeners[event] ?? []), callback];
    };
    const data = () => (snapshot.contact?.contactId === id ? snapshot.contact : undefined);
    const contact: StreamsContact = {
      getContactId: () => id,
      getAttributes: () =>
        Object.fromEntries(
          Object.entries(data()?.attributes ?? {}).map(([name, value]) => [name, { name, value }]),
        ),
      getQueue: () => ({ name: data()?.queue.name ?? '', queueARN: data()?.queue.arn ?? '' }),
      getInitialConnection: () => ({ getEndpoint: () => ({ phoneNumber: data()?.customerNumber ?? '' }) }),
      getAgentConnection: () => ({
        destroy: (callbacks) => wrap(() => call('POST', `/contacts/${id}/hangup`), callbacks),
      }),
      getState: () => ({ type: data()?.state ?? 'ended' }),
      accept: (callbacks) => wrap(() => call('POST', `/contacts/${id}/accept`), callbacks),
      addConnection: (endpoint, callbacks) =>
        wrap(
          () => call('POST', `/contacts/${id}/transfer`, { quickConnectId: endpoint.endpointARN }),
          callbacks,
        ),
      clear: (callbacks) => wrap(() => call('POST', `/contacts/${id}/clear`), callbacks),
      onConnecting: on('connecting'),
      onConnected: on('connected'),
      onEnded: on('ended'),
      onRefresh: on('refresh'),
      onDestroy: on('destroy'),
    };
    return {
      id,
      contact,
      fire(event: string) {
        for (const listener of listeners[event] ?? []) listener(contact);
      },
    };
  }

  function apply(next: Snapshot) {
    if (next.version < snapshot.version) return;
    const previous = snapshot;
    snapshot = next;
    const state = agent.getState().name;
    if (state !== lastState) {
      lastState = state;
      for (const callback of agentRefresh) callback(agent);
    }
    const incoming = next.contact;
    if (current && incoming?.contactId !== current.id) {
      current.fire('destroy');
      current = undefined;
    }
    if (!incoming) return;
    if (!current) {
      current = contactFor(incoming.contactId);
      for (const callback of contactCallbacks) callback(current.contact);
    }
    const before = previous.contact?.contactId === incoming.contactId ? previous.contact.state : undefined;
    if (incoming.state !== before) {
      if (incoming.state === 'incoming' || incoming.state === 'connecting') {
        if (before === undefined) current.fire('connecting');
      }
      if (incoming.state === 'connected') current.fire('connected');
      if (incoming.state === 'ended') current.fire('ended');
    }
    current.fire('refresh');
  }

  async function poll() {
    for (;;) {
      try {
        apply(await call('GET', `/snapshot?version=${snapshot.version}`));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }

  return {
    core: {
      initCCP(container) {
        container.dataset['ccp'] = 'stand-in';
        void poll();
        // Like the CCP, an agent starts offline; the page offers to go available.
        queueMicrotask(() => {
          for (const callback of agentCallbacks) callback(agent);
        });
      },
    },
    agent: (callback) => agentCallbacks.push(callback),
    contact: (callback) => contactCallbacks.push(callback),
  };
}
