import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Unit and infra files are CPU-bound and independent: they run first, on every core (Vitest's default
 * leaves one core idle, which on a 2-core machine means one file at a time). Integration files share one
 * local runtime whose functions run in the main process: they follow, one file at a time, so a test's
 * timing and the runtime's state are never disturbed by another file.
 */
const CPU_BOUND_WORKERS = Math.max(2, availableParallelism());

// Three tiers (see docs/testing.md and docs/architecture-layers.md): pure unit tests, infra tests on the synthesized templates,
// and integration tests that run against one embedded local runtime started by global setup.
export default defineConfig({
  test: {
    // Tests run on this machine's Node 20; the SDK's notice about Node 22 concerns the deployed Node 24 code.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: CPU_BOUND_WORKERS,
          include: [
            'contracts/**/*.test.ts',
            'functions/**/*.test.ts',
            'contact-flows/**/*.test.ts',
            'infra/config/**/*.test.ts',
            'local/**/*.test.ts',
            'scripts/**/*.test.ts',
            'desktop/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'infra',
          maxWorkers: CPU_BOUND_WORKERS,
          // CDK's built-in CloudFormation validation costs ~6 s per test file to start; infra/cfn-validate.test.ts
          // runs it once and asserts its report (`cdk synth` still runs it on every synthesis).
          env: { CDK_VALIDATION: 'false' },
          include: ['infra/**/*.test.ts'],
          exclude: ['infra/config/**', '**/*.int.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'integration',
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          // Every integration test lives in test/integration/<capability>/; test support in test/support/.
          include: ['test/integration/**/*.int.test.ts'],
          exclude: ['node_modules/**'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
