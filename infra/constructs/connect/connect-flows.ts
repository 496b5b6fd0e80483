import * as connect from 'aws-cdk-lib/aws-connect';
import { Construct, type IDependable } from 'constructs';
import {
  buildHotlineFlows,
  type Family111Resources,
  type FlowDefinition,
  flowDefinitions,
  renderFlow,
  type Ucc1414Resources,
} from '../../../contact-flows/index';
import type { HotlineId } from '../../../contracts/hotlines';
import { CONNECT_METADATA, type FlowMetadata } from './connect-metadata';

/** What the flows of a hotline point at: CDK tokens only, never an ARN written by hand. */
export type HotlineFlowResources =
  | { readonly hotline: '1414'; readonly resources: Ucc1414Resources }
  | { readonly hotline: '111'; readonly resources: Family111Resources };

export interface ConnectFlowsProps {
  readonly instanceArn: string;
  readonly flows: HotlineFlowResources;
  /** Created before any flow (the Lambda integration associations: Connect checks the ARNs in a flow). */
  readonly after?: readonly IDependable[];
}

/**
 * Every flow of the hotline's registry (`contact-flows/registry.ts`) as an `AWS::Connect::ContactFlow`, in
 * dependency order, with the flow JSON rendered from the typed builder. Each carries `qoldau:flow` metadata so
 * the local simulator plays exactly these flows.
 */
export class ConnectFlows extends Construct {
  /** Flows by registry key (`main`, `survey`, `customerQueue`, ...). */
  public readonly flows: Readonly<Record<string, connect.CfnContactFlow>>;

  constructor(scope: Construct, id: string, props: ConnectFlowsProps) {
    super(scope, id);
    const flows: Record<string, connect.CfnContactFlow> = {};
    const create = <R, K extends string>(
      hotline: HotlineId,
      definitions: { readonly [P in K]: FlowDefinition<R, K> },
      resources: R,
    ) =>
      buildHotlineFlows(definitions, resources, (key, definition, document) => {
        const flow = new connect.CfnContactFlow(this, definition.constructId, {
          instanceArn: props.instanceArn,
          name: definition.name,
          type: definition.type,
          description: definition.description,
          content: renderFlow(document),
        });
        flow.addMetadata(CONNECT_METADATA.flow, {
          hotline,
          key,
          role: definition.role,
        } satisfies FlowMetadata);
        for (const dependency of props.after ?? []) flow.node.addDependency(dependency);
        flows[key] = flow;
        return flow.attrContactFlowArn;
      });
    if (props.flows.hotline === '1414') create('1414', flowDefinitions['1414'], props.flows.resources);
    else create('111', flowDefinitions['111'], props.flows.resources);
    this.flows = flows;
  }

  /** The flow registered under `key`; throws naming the keys there are. */
  flow(key: string): connect.CfnContactFlow {
    const flow = this.flows[key];
    if (flow === undefined) {
      throw new Error(`No flow "${key}"; this hotline has ${Object.keys(this.flows).join(', ')}`);
    }
    return flow;
  }
}
