import { describe, expect, it } from 'vitest';
import {
  call1414,
  heard,
  hotline1414,
  indexOfStep,
  stepsOf,
} from '../../test/support/contact-flows/call-harness';
import { findFlowProblems } from '../builder/validate';
import { flowDefinitions } from '../registry';
import { flowSafetyProblems } from '../shared/flow-checks';

const whisper = hotline1414.flows.agentWhisper.document;
const answered = (username = 'aigerim.s') =>
  call1414({
    inputs: ['2', '1', '5'],
    agentHangup: true,
    request: { agent: { username, arn: `${hotline1414.instanceArn}/agent/a1` } },
  });

describe('1414 agent whisper', () => {
  it('is a valid AGENT_WHISPER flow that always ends, joining operator and caller', () => {
    expect(flowDefinitions['1414'].agentWhisper.type).toBe('AGENT_WHISPER');
    expect(findFlowProblems(whisper, 'AGENT_WHISPER')).toEqual([]);
    expect(flowSafetyProblems(whisper, 'agent-whisper')).toEqual([]);
    expect(whisper.Actions.filter((a) => a.Type === 'EndFlowExecution')).toHaveLength(1);
  });

  it('keeps the user name of the operator who accepted the call in the agent attribute', () => {
    expect(whisper.Actions.find((a) => a.Type === 'UpdateContactAttributes')?.Parameters).toEqual({
      Attributes: { agent: '$.Agent.UserName' },
      TargetContact: 'Current',
    });
  });

  it('runs as the operator accepts, before the operator hangs up and the survey starts', async () => {
    const call = await answered();

    const accepted = indexOfStep(call, (s) => s.type === 'agent' && s.event === 'connected');
    const whispered = indexOfStep(
      call,
      (s) => s.type === 'flow' && s.flow === hotline1414.flows.agentWhisper.arn,
    );
    const hungUp = indexOfStep(call, (s) => s.type === 'agent' && s.event === 'disconnected');
    expect(accepted).toBeLessThan(whispered);
    expect(whispered).toBeLessThan(hungUp);
    expect(call.attributes).toMatchObject({ lang: 'ru', topic: 'egov', agent: 'aigerim.s' });
    expect(call.contactRecord.Attributes).toMatchObject({ agent: 'aigerim.s' });
  });

  it('says the queue name to the operator alone, as Connect’s default whisper did', async () => {
    const call = await answered();

    expect(stepsOf(call, 'whisper')).toEqual([expect.objectContaining({ text: 'ucc-ru' })]);
    expect(heard(call)).not.toContain('ucc-ru');
  });

  it('does not run while the caller is still waiting for an operator', async () => {
    const call = await call1414({ inputs: ['2', '1'] });

    expect(stepsOf(call, 'whisper')).toEqual([]);
    expect(call.attributes).not.toHaveProperty('agent');
  });
});
