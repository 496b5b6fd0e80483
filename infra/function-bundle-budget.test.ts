import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';
import { bundleFunction, functionsOfTemplates } from './constructs/core/bundle-function';
import { BUNDLE_BUDGET_BYTES, BUNDLE_BUDGET_EXCEPTIONS } from './constructs/core/function-bundling';

function synthesizedFunctions() {
  const { stacks } = createApp({ skipBundling: true, nag: false });
  return functionsOfTemplates(
    [stacks['1414'], stacks['111']].map((stack) => Template.fromStack(stack).toJSON()),
  );
}

describe('function bundle sizes', () => {
  const functions = [...synthesizedFunctions()];

  it('finds the contact-flow functions a caller waits on', () => {
    const contactFlow = functions.filter(([, profile]) => profile === 'contactFlow').map(([entry]) => entry);
    expect(contactFlow).toEqual(
      expect.arrayContaining([
        'functions/connect/appeal-status-handler.ts',
        'functions/connect/survey-rating-handler.ts',
        'functions/appeals/urgent-ivr-handler.ts',
      ]),
    );
  });

  it('lets no function a caller waits on past the contact-flow budget', () => {
    const contactFlow = functions.filter(([, profile]) => profile === 'contactFlow').map(([entry]) => entry);
    expect(contactFlow.filter((entry) => entry in BUNDLE_BUDGET_EXCEPTIONS)).toEqual([]);
  });

  it.each(functions)('keeps %s within the budget of its profile (%s)', async (entry, profile) => {
    const { bytes } = await bundleFunction(entry, profile);

    expect(bytes, `${entry}: ${Math.round(bytes / 1024)} KB minified`).toBeLessThanOrEqual(
      BUNDLE_BUDGET_EXCEPTIONS[entry]?.bytes ?? BUNDLE_BUDGET_BYTES[profile],
    );
  });
});
