import { describe, expect, it } from 'vitest';
import { hotline111, hotline1414 } from '../test/support/contact-flows/call-harness';
import { renderFlow } from './builder/flow-builder';
import { buildHotlineFlows, flowCreationOrder, flowDefinitions } from './registry';

const CONTENT_LIMIT = 256_000;

describe('flow registry', () => {
  it('creates every flow after the flows whose ARNs it needs', () => {
    const orders: Record<string, string[]> = {
      '1414': flowCreationOrder(flowDefinitions['1414']).map(([key]) => key),
      '111': flowCreationOrder(flowDefinitions['111']).map(([key]) => key),
    };

    for (const [hotline, definitions] of Object.entries(flowDefinitions)) {
      const order = orders[hotline] ?? [];
      expect(order).toHaveLength(Object.keys(definitions).length);
      for (const [key, definition] of Object.entries(definitions)) {
        for (const dependency of definition.dependsOn as readonly string[]) {
          expect(order.indexOf(dependency), `${hotline} ${key} needs ${dependency}`).toBeLessThan(
            order.indexOf(key),
          );
        }
      }
    }
  });

  it('gives every flow an ASCII name and a unique construct id', () => {
    for (const definitions of Object.values(flowDefinitions)) {
      const all = Object.values(definitions);
      expect(new Set(all.map((d) => d.constructId)).size).toBe(all.length);
      for (const definition of all) expect(definition.name).toMatch(/^[A-Za-z0-9-]+$/);
    }
  });

  it('names a missing dependency instead of building a flow with a hole in it', () => {
    const main = flowDefinitions['1414'].main;

    expect(() => main.build(hotline1414.resources, {})).toThrow(/needs the ARN of flow "survey"/);
  });

  it('hands each built flow ARN to the flows that depend on it', () => {
    const built = buildHotlineFlows(flowDefinitions['111'], hotline111.resources, (key) => `flow-arn:${key}`);

    expect(renderFlow(built.main.document)).toContain('"CustomerQueue":"flow-arn:customerQueue"');
  });

  it('keeps every flow within Connect limits', () => {
    for (const flow of [...Object.values(hotline1414.flows), ...Object.values(hotline111.flows)]) {
      expect(renderFlow(flow.document).length, flow.name).toBeLessThan(CONTENT_LIMIT);
      expect(flow.document.Actions.length, flow.name).toBeLessThanOrEqual(250);
    }
  });

  it('puts no ARN into a flow that did not come from its refs', () => {
    const arns = new Set([
      ...Object.values(hotline1414.resources.queueArns),
      ...Object.values(hotline1414.resources.promptArns),
      hotline1414.resources.holdMusicPromptArn,
      hotline1414.resources.appealStatusLambdaArn,
      hotline1414.resources.surveyRatingLambdaArn,
      ...Object.values(hotline1414.flows).map((f) => f.arn),
    ]);

    for (const flow of Object.values(hotline1414.flows)) {
      for (const arn of renderFlow(flow.document).match(/arn:aws:[^"]+/g) ?? [])
        expect(arns.has(arn), arn).toBe(true);
    }
  });
});
