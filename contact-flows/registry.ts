import { build111CustomerQueueFlow, FAMILY_111_CUSTOMER_QUEUE_FLOW_NAME } from './111/customer-queue';
import { build111MainFlow, FAMILY_111_MAIN_FLOW_NAME } from './111/main';
import type { Family111Resources } from './111/refs';
import {
  build111TransferFlow,
  build111TransferTo1414Flow,
  FAMILY_111_TRANSFER_FLOW_NAME,
  FAMILY_111_TRANSFER_TO_1414_FLOW_NAME,
} from './111/transfer';
import { build1414AgentWhisperFlow, UCC_1414_AGENT_WHISPER_FLOW_NAME } from './1414/agent-whisper';
import { build1414CustomerQueueFlow, UCC_1414_CUSTOMER_QUEUE_FLOW_NAME } from './1414/customer-queue';
import { build1414MainFlow, UCC_1414_MAIN_FLOW_NAME } from './1414/main';
import type { Ucc1414Resources } from './1414/refs';
import { build1414SurveyFlow, UCC_1414_SURVEY_FLOW_NAME } from './1414/survey';
import { build1414TransferFlow, UCC_1414_TRANSFER_FLOW_NAME } from './1414/transfer';
import type { ConnectFlowType, FlowDocument } from './builder/types';
import { assertValidFlow } from './builder/validate';

/** What a flow is for; the safety checks differ (an inbound flow must never hang up, a survey must). */
export type FlowRole = 'inbound' | 'survey' | 'customer-queue' | 'transfer' | 'agent-whisper';

export interface FlowDefinition<Resources, FlowKey extends string> {
  /** Literal, stable construct id for the `AWS::Connect::ContactFlow`. */
  readonly constructId: string;
  /** ASCII flow name in Connect (CloudWatch metric dimensions need ASCII). */
  readonly name: string;
  readonly type: ConnectFlowType;
  readonly role: FlowRole;
  readonly description: string;
  /** Flows whose ARNs this one needs: create those first (see `flowCreationOrder`). */
  readonly dependsOn: readonly FlowKey[];
  build(resources: Resources, flowArns: Readonly<Partial<Record<FlowKey, string>>>): FlowDocument;
}

export type Ucc1414FlowKey = 'survey' | 'customerQueue' | 'agentWhisper' | 'transfer' | 'main';
export type Family111FlowKey = 'customerQueue' | 'transfer' | 'transferTo1414' | 'main';

function needFlow<K extends string>(
  flowArns: Readonly<Partial<Record<K, string>>>,
  key: K,
  by: string,
): string {
  const arn = flowArns[key];
  if (arn === undefined) {
    throw new Error(`Flow "${by}" needs the ARN of flow "${key}": create flows in flowCreationOrder()`);
  }
  return arn;
}

const ucc1414Flows: { readonly [K in Ucc1414FlowKey]: FlowDefinition<Ucc1414Resources, Ucc1414FlowKey> } = {
  survey: {
    constructId: 'Survey',
    name: UCC_1414_SURVEY_FLOW_NAME,
    type: 'CONTACT_FLOW',
    role: 'survey',
    description:
      'Disconnect flow: the caller rates the consultation from 1 to 5 after the operator hangs up.',
    dependsOn: [],
    build: (resources) => build1414SurveyFlow(resources),
  },
  customerQueue: {
    constructId: 'CustomerQueue',
    name: UCC_1414_CUSTOMER_QUEUE_FLOW_NAME,
    type: 'CUSTOMER_QUEUE',
    role: 'customer-queue',
    description: 'What callers hear while waiting: calls in the queue or a recording, then hold music.',
    dependsOn: [],
    build: (resources) => build1414CustomerQueueFlow(resources),
  },
  agentWhisper: {
    constructId: 'AgentWhisper',
    name: UCC_1414_AGENT_WHISPER_FLOW_NAME,
    type: 'AGENT_WHISPER',
    role: 'agent-whisper',
    description:
      'When an operator accepts a call: remembers who (for the survey rating), then says the queue name.',
    dependsOn: [],
    build: () => build1414AgentWhisperFlow(),
  },
  transfer: {
    constructId: 'TransferToQueue',
    name: UCC_1414_TRANSFER_FLOW_NAME,
    type: 'QUEUE_TRANSFER',
    role: 'transfer',
    description: 'Quick-connect transfers: tells the caller they are being transferred, then queues them.',
    dependsOn: ['survey', 'customerQueue', 'agentWhisper'],
    build: (resources, flows) =>
      build1414TransferFlow({
        ...resources,
        surveyFlowArn: needFlow(flows, 'survey', UCC_1414_TRANSFER_FLOW_NAME),
        customerQueueFlowArn: needFlow(flows, 'customerQueue', UCC_1414_TRANSFER_FLOW_NAME),
        agentWhisperFlowArn: needFlow(flows, 'agentWhisper', UCC_1414_TRANSFER_FLOW_NAME),
      }),
  },
  main: {
    constructId: 'Main',
    name: UCC_1414_MAIN_FLOW_NAME,
    type: 'CONTACT_FLOW',
    role: 'inbound',
    description:
      'Inbound 1414: language, main menu (state services, digital signature, state IS, appeal status).',
    dependsOn: ['survey', 'customerQueue', 'agentWhisper'],
    build: (resources, flows) =>
      build1414MainFlow({
        ...resources,
        surveyFlowArn: needFlow(flows, 'survey', UCC_1414_MAIN_FLOW_NAME),
        customerQueueFlowArn: needFlow(flows, 'customerQueue', UCC_1414_MAIN_FLOW_NAME),
        agentWhisperFlowArn: needFlow(flows, 'agentWhisper', UCC_1414_MAIN_FLOW_NAME),
      }),
  },
};

const family111Flows: {
  readonly [K in Family111FlowKey]: FlowDefinition<Family111Resources, Family111FlowKey>;
} = {
  customerQueue: {
    constructId: 'CustomerQueue',
    name: FAMILY_111_CUSTOMER_QUEUE_FLOW_NAME,
    type: 'CUSTOMER_QUEUE',
    role: 'customer-queue',
    description: 'What callers hear while waiting: calls in the queue or a recording, then hold music.',
    dependsOn: [],
    build: (resources) => build111CustomerQueueFlow(resources),
  },
  transfer: {
    constructId: 'TransferToQueue',
    name: FAMILY_111_TRANSFER_FLOW_NAME,
    type: 'QUEUE_TRANSFER',
    role: 'transfer',
    description: 'Quick-connect transfers: tells the caller they are being transferred, then queues them.',
    dependsOn: ['customerQueue'],
    build: (resources, flows) =>
      build111TransferFlow({
        ...resources,
        customerQueueFlowArn: needFlow(flows, 'customerQueue', FAMILY_111_TRANSFER_FLOW_NAME),
      }),
  },
  transferTo1414: {
    constructId: 'TransferTo1414',
    name: FAMILY_111_TRANSFER_TO_1414_FLOW_NAME,
    type: 'QUEUE_TRANSFER',
    role: 'transfer',
    description:
      'Quick connect "To 1414": tells the caller and transfers them to the Unified Contact Center.',
    dependsOn: ['customerQueue'],
    build: (resources, flows) =>
      build111TransferTo1414Flow({
        ...resources,
        customerQueueFlowArn: needFlow(flows, 'customerQueue', FAMILY_111_TRANSFER_TO_1414_FLOW_NAME),
      }),
  },
  main: {
    constructId: 'Main',
    name: FAMILY_111_MAIN_FLOW_NAME,
    type: 'CONTACT_FLOW',
    role: 'inbound',
    description: 'Inbound 111: language, main menu (urgent, consultation, appeal status, transfer to 1414).',
    dependsOn: ['customerQueue'],
    build: (resources, flows) =>
      build111MainFlow({
        ...resources,
        customerQueueFlowArn: needFlow(flows, 'customerQueue', FAMILY_111_MAIN_FLOW_NAME),
      }),
  },
};

/** Every flow of both hotlines, for CDK to loop over with stable construct ids. */
export const flowDefinitions = {
  '1414': ucc1414Flows,
  '111': family111Flows,
} as const;

/** The flows of a hotline with every flow after the flows it depends on. */
export function flowCreationOrder<R, K extends string>(
  definitions: { readonly [P in K]: FlowDefinition<R, K> },
): Array<[K, FlowDefinition<R, K>]> {
  const ordered: Array<[K, FlowDefinition<R, K>]> = [];
  const placed = new Set<K>();
  const visit = (key: K, path: readonly K[]): void => {
    if (placed.has(key)) return;
    if (path.includes(key))
      throw new Error(`Flows depend on each other in a cycle: ${[...path, key].join(' -> ')}`);
    const definition = definitions[key];
    for (const dependency of definition.dependsOn) visit(dependency, [...path, key]);
    placed.add(key);
    ordered.push([key, definition]);
  };
  for (const key of Object.keys(definitions) as K[]) visit(key, []);
  return ordered;
}

/** Builds every flow of a hotline in dependency order, given a way to name each built flow's ARN. */
export function buildHotlineFlows<R, K extends string>(
  definitions: { readonly [P in K]: FlowDefinition<R, K> },
  resources: R,
  arnOf: (key: K, definition: FlowDefinition<R, K>, document: FlowDocument) => string,
): Record<K, { readonly document: FlowDocument; readonly arn: string }> {
  const flowArns: Partial<Record<K, string>> = {};
  const built = {} as Record<K, { readonly document: FlowDocument; readonly arn: string }>;
  for (const [key, definition] of flowCreationOrder(definitions)) {
    // Every flow is checked against its Connect flow type too (a whisper flow may not queue, and so on).
    const document = assertValidFlow(definition.name, definition.build(resources, flowArns), definition.type);
    const arn = arnOf(key, definition, document);
    flowArns[key] = arn;
    built[key] = { document, arn };
  }
  return built;
}
