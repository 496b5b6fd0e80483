import { describe, expect, it } from 'vitest';
import { planDelete, planDeploy, RuleSetConflictError } from './rule-set-plan';

const managed = { name: 'qoldau-inbound', managed: true };
const foreign = { name: 'company-inbound', managed: false };

describe('the shared receipt rule set on deployment', () => {
  it.each([
    [
      'the first hotline creates and activates it',
      { exists: false, ruleCount: 0, activeName: undefined },
      ['create', 'activate'],
    ],
    [
      'the second hotline finds it active and leaves it',
      { exists: true, ruleCount: 1, activeName: 'qoldau-inbound' },
      [],
    ],
    [
      'an inactive one left behind is activated',
      { exists: true, ruleCount: 0, activeName: undefined },
      ['activate'],
    ],
  ] as const)('%s', (_, state, steps) => {
    expect(planDeploy(managed, state)).toEqual(steps);
  });

  it('refuses to take over while someone else’s rule set is active, naming both ways out', () => {
    const state = { exists: false, ruleCount: 0, activeName: 'company-inbound' };
    expect(() => planDeploy(managed, state)).toThrow(RuleSetConflictError);
    expect(() => planDeploy(managed, state)).toThrow(
      /"company-inbound" is active.*\{"name":"company-inbound","managed":false\}.*or deactivate it/,
    );
  });

  it('adds rules to a rule set someone else manages only while it exists and is active', () => {
    expect(planDeploy(foreign, { exists: true, ruleCount: 4, activeName: 'company-inbound' })).toEqual([]);
    expect(() => planDeploy(foreign, { exists: false, ruleCount: 0, activeName: undefined })).toThrow(
      /does not exist.*set managed: true/,
    );
    expect(() => planDeploy(foreign, { exists: true, ruleCount: 4, activeName: 'other' })).toThrow(
      /not the active one \("other" is\)/,
    );
  });
});

describe('the shared receipt rule set on stack deletion', () => {
  it('leaves it alone while the other hotline still has its rule in it', () => {
    expect(planDelete(managed, { exists: true, ruleCount: 1, activeName: 'qoldau-inbound' })).toEqual([]);
  });

  it('deactivates (only because it is ours and active) and deletes it when the last rule is gone', () => {
    expect(planDelete(managed, { exists: true, ruleCount: 0, activeName: 'qoldau-inbound' })).toEqual([
      'deactivate',
      'delete',
    ]);
  });

  it('never deactivates a rule set that is not ours, or not the active one', () => {
    expect(planDelete(managed, { exists: true, ruleCount: 0, activeName: 'company-inbound' })).toEqual([
      'delete',
    ]);
    expect(planDelete(foreign, { exists: true, ruleCount: 0, activeName: 'company-inbound' })).toEqual([]);
  });
});
