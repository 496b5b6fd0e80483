import { App, CfnResource, CloudFormationValidatePlugin, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { configuredApp } from '../test/support/infra/configured-app';

/**
 * CDK's own CloudFormation validation (the rules and resource schemas `cdk synth` checks every template
 * against) on both stacks of both stages, asserted here instead of printed. The other infra tests synthesize
 * with it switched off (`CDK_VALIDATION=false` in the infra test project): starting its WebAssembly engine
 * costs some 6 s in every test file, and inside a test a failing report only sets the process's exit code.
 */
function validationProblems(app: App): string[] {
  const stackTemplates = app.synth().stacks.map((stack) => ({
    stackConstructPath: stack.hierarchicalId,
    templatePath: stack.templateFullPath,
    accountId: undefined,
    region: stack.environment.region,
  }));
  const report = new CloudFormationValidatePlugin().validate({
    templatePaths: stackTemplates.map((stack) => stack.templatePath),
    stackTemplates,
    appConstruct: app,
  });
  return report.violations.map(
    (violation) =>
      `${violation.severity ?? 'error'} ${violation.ruleName}: ${violation.description} (${violation.violatingResources
        .map((resource) => resource.resourceLogicalId)
        .join(', ')})`,
  );
}

describe("CDK's built-in CloudFormation validation", () => {
  it.each(['dev', 'prod'] as const)(
    'finds nothing, not even a warning, in the %s templates of both hotlines',
    (stage) => {
      const { app, stacks } = configuredApp(stage, { builtinCloudFormationValidation: false });
      expect(Object.keys(stacks).sort()).toEqual(['111', '1414']);

      expect(validationProblems(app)).toEqual([]);
    },
  );

  it('does report a template CloudFormation would refuse (so the check above is not empty)', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    new CfnResource(new Stack(app, 'Broken'), 'Table', {
      type: 'AWS::DynamoDB::Table',
      properties: { KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], Colour: 'blue' },
    });

    expect(validationProblems(app)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error .*'Colour' was unexpected/)]),
    );
  });
});
