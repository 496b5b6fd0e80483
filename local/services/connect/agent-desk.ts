import type { AgentEnding, AgentOffer, AgentSession } from '../../../contact-flows/index';

/** Agent states the stand-in knows, named as in Connect's CCP. */
export type AgentStateName = 'Available' | 'Offline';

/** A contact as the desktop sees it through the CCP stand-in. */
export interface DeskContact {
  readonly contactId: string;
  readonly queue: { readonly arn: string; readonly name: string };
  attributes: Readonly<Record<string, string>>;
  /** The caller's number: the page shows it only when the operator asks. */
  readonly customerNumber: string;
  /** `incoming` rings, `connected` talks, `ended` is after-contact work until the operator clears it. */
  state: 'incoming' | 'connecting' | 'connected' | 'ended';
  /** How the operator ended it. (The survey rating is read from the API, as in AWS, not from here.) */
  ending?: 'hangup' | 'transfer' | 'abandoned';
}

/** What one signed-in operator's page reads (long-polled): their state and their contact. */
export interface DeskSnapshot {
  readonly version: number;
  readonly agent: { readonly username: string; readonly state: AgentStateName } | null;
  readonly contact: DeskContact | null;
}

/** An operator whose page has not polled for this long has closed it: calls no longer ring there. */
const GONE_AFTER_MS = 45_000;

interface Agent {
  readonly key: string;
  /** When the operator's page last asked (epoch ms). */
  seen: number;
  username: string;
  state: AgentStateName;
  contact: DeskContact | null;
  accepted?: (session: AgentSession | null) => void;
  endedWith?: (ending: AgentEnding) => void;
  ending?: Promise<AgentEnding>;
  /** Attributes the desk adds to the contact (a practice call's scenario), kept when the flow's change. */
  kept?: Readonly<Record<string, string>>;
}

interface Waiting {
  readonly offer: AgentOffer;
  readonly resolve: (session: AgentSession | null) => void;
  readonly extraAttributes?: Readonly<Record<string, string>>;
}

export class DeskError extends Error {
  override name = 'DeskError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * One hotline's operators in the local CCP stand-in: who is signed in and available, which queued calls
 * wait for them, and each operator's contact. Calls placed with `desktop: true` wait here until an available
 * operator accepts (routed to the operator available longest, as Connect does) or their wait runs out.
 * Pages long-poll `snapshot(key, version)`, which answers as soon as something changed.
 */
export class AgentDesk {
  private readonly agents = new Map<string, Agent>();
  private readonly waiting: Waiting[] = [];
  private version = 1;
  private listeners: Array<() => void> = [];

  setState(key: string, username: string, state: AgentStateName): void {
    const agent = this.agents.get(key) ?? { key, username, state, contact: null, seen: Date.now() };
    agent.seen = Date.now();
    agent.username = username;
    agent.state = state;
    // Re-inserting moves the agent to the end: the one available longest is offered calls first.
    this.agents.delete(key);
    this.agents.set(key, agent);
    this.route();
    this.changed();
  }

  /** The operator's page is still open (it long-polls). */
  touch(key: string): void {
    const agent = this.agents.get(key);
    if (agent) agent.seen = Date.now();
  }

  /** Operators available now (for the supervisor's queue figures). */
  availableCount(): number {
    return [...this.agents.values()].filter((agent) => this.ready(agent)).length;
  }

  /** Operators signed in and not Offline, on a call or not (Connect's AGENTS_ONLINE). */
  onlineCount(): number {
    return [...this.agents.values()].filter(
      (agent) => agent.state !== 'Offline' && Date.now() - agent.seen < GONE_AFTER_MS,
    ).length;
  }

  private ready(agent: Agent): boolean {
    return agent.state === 'Available' && agent.contact === null && Date.now() - agent.seen < GONE_AFTER_MS;
  }

  /** Calls waiting for an operator, oldest first, with how long each has waited. */
  queued(now = Date.now()): Array<{ queueArn: string; waitedSeconds: number }> {
    return this.waiting.map((waiting) => ({
      queueArn: waiting.offer.queue.arn,
      waitedSeconds: Math.round((now - Number(waiting.offer.attributes['__enqueuedAt'] ?? now)) / 1000),
    }));
  }

  /**
   * Offers a queued call; resolves when an operator accepts, or null after `waitMs`. `extraAttributes` (a
   * practice call's mark) go with the contact to the operator's page.
   */
  offer(
    offer: AgentOffer,
    waitMs: number,
    extraAttributes: Readonly<Record<string, string>> = {},
  ): Promise<AgentSession | null> {
    return new Promise((resolve) => {
      const entry: Waiting = {
        offer: { ...offer, attributes: { ...offer.attributes, __enqueuedAt: String(Date.now()) } },
        resolve,
        extraAttributes,
      };
      this.waiting.push(entry);
      const timer = setTimeout(() => this.giveUp(entry), waitMs);
      timer.unref?.();
      const settle = entry.resolve;
      (entry as { resolve: (session: AgentSession | null) => void }).resolve = (session) => {
        clearTimeout(timer);
        settle(session);
      };
      this.route();
      this.changed();
    });
  }

  /**
   * Rings one operator, whatever their state, with a call meant for them alone (a practice call the trainee
   * started): it never waits in a queue, so the queue figures and the other operators never see it. Refused
   * while the operator has a contact. Resolves like `offer`.
   */
  offerTo(
    key: string,
    username: string,
    offer: AgentOffer,
    waitMs: number,
    extraAttributes: Readonly<Record<string, string>> = {},
  ): Promise<AgentSession | null> {
    const agent = this.agents.get(key) ?? {
      key,
      username,
      state: 'Offline',
      contact: null,
      seen: Date.now(),
    };
    if (agent.contact !== null)
      throw new DeskError('Finish the call you are on (and its after-call work) first', 409);
    agent.seen = Date.now();
    agent.username = username;
    this.agents.set(key, agent);
    return new Promise((resolve) => {
      const entry: Waiting = { offer, resolve };
      const timer = setTimeout(() => this.giveUp(entry), waitMs);
      timer.unref?.();
      agent.contact = {
        contactId: offer.contactId,
        queue: offer.queue,
        attributes: { ...publicAttributes(offer.attributes), ...extraAttributes },
        customerNumber: offer.customerNumber,
        state: 'incoming',
      };
      agent.accepted = (session) => {
        clearTimeout(timer);
        resolve(session);
      };
      agent.kept = extraAttributes;
      this.changed();
    });
  }

  accept(key: string, contactId: string): void {
    const agent = this.contactOf(key, contactId);
    if (agent.contact!.state !== 'incoming') throw new DeskError('The contact is not ringing', 409);
    agent.contact!.state = 'connecting';
    let resolve!: (ending: AgentEnding) => void;
    const promise = new Promise<AgentEnding>((settle) => {
      resolve = settle;
    });
    agent.ending = promise;
    agent.endedWith = resolve;
    agent.accepted?.({
      agent: { username: agent.username, arn: `agent/${agent.key}` },
      connected: (attributes) => {
        if (agent.contact?.contactId !== contactId) return;
        agent.contact.attributes = { ...publicAttributes(attributes), ...agent.kept };
        agent.contact.state = 'connected';
        this.changed();
      },
      ended: () => promise,
    });
    agent.accepted = undefined;
    this.changed();
  }

  /** The operator hangs up (the survey follows) or transfers through a quick connect's flow. */
  end(key: string, contactId: string, ending: AgentEnding): void {
    const agent = this.contactOf(key, contactId);
    const contact = agent.contact!;
    if (contact.state === 'ended') return;
    if (contact.state === 'incoming') throw new DeskError('Accept the contact first', 409);
    contact.state = 'ended';
    contact.ending = ending.kind === 'hangup' ? 'hangup' : 'transfer';
    agent.endedWith?.(ending);
    agent.endedWith = undefined;
    this.changed();
  }

  /** After-contact work done: the operator is free for the next call. */
  clear(key: string, contactId: string): void {
    const agent = this.contactOf(key, contactId);
    if (agent.contact!.state !== 'ended') throw new DeskError('Hang up before clearing the contact', 409);
    agent.contact = null;
    agent.kept = undefined;
    this.route();
    this.changed();
  }

  snapshot(key: string): DeskSnapshot {
    const agent = this.agents.get(key);
    return {
      version: this.version,
      agent: agent ? { username: agent.username, state: agent.state } : null,
      contact: agent?.contact ?? null,
    };
  }

  /** Waits until the desk changes after `version` (or `timeoutMs` passes), then answers the snapshot. */
  async waitForChange(key: string, version: number, timeoutMs: number): Promise<DeskSnapshot> {
    if (version !== this.version) return this.snapshot(key);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      // A page's long poll must not keep the runtime's process alive.
      timer.unref?.();
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.listeners.push(done);
    });
    return this.snapshot(key);
  }

  private contactOf(key: string, contactId: string): Agent {
    const agent = this.agents.get(key);
    if (agent?.contact?.contactId !== contactId) throw new DeskError(`No contact ${contactId} here`, 404);
    return agent;
  }

  /** Hands the oldest waiting call to the operator available longest. */
  private route(): void {
    while (this.waiting.length > 0) {
      const agent = [...this.agents.values()].find((candidate) => this.ready(candidate));
      if (!agent) return;
      const next = this.waiting.shift()!;
      agent.contact = {
        contactId: next.offer.contactId,
        queue: next.offer.queue,
        attributes: { ...publicAttributes(next.offer.attributes), ...next.extraAttributes },
        customerNumber: next.offer.customerNumber,
        state: 'incoming',
      };
      agent.accepted = next.resolve;
      agent.kept = next.extraAttributes;
    }
  }

  private giveUp(entry: Waiting): void {
    const index = this.waiting.indexOf(entry);
    if (index >= 0) {
      this.waiting.splice(index, 1);
      entry.resolve(null);
      this.changed();
      return;
    }
    // Offered to an operator who has not accepted yet: the caller hangs up while it rings.
    for (const agent of this.agents.values()) {
      if (agent.contact?.contactId === entry.offer.contactId && agent.contact.state === 'incoming') {
        agent.contact.state = 'ended';
        agent.contact.ending = 'abandoned';
        agent.accepted = undefined;
        entry.resolve(null);
        this.changed();
      }
    }
  }

  private changed(): void {
    this.version += 1;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }
}

/** The stand-in's own bookkeeping never reaches the page. */
function publicAttributes(attributes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !name.startsWith('__')));
}
