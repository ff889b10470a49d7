/** Transpile-only tests: type-checking is its own step (`npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Jest leaves one core idle by default; suites here are CPU-bound synths, so use both.
  maxWorkers: '100%',
  testTimeout: 60000,
  globalSetup: '<rootDir>/__tests__/global-setup.ts',
  globalTeardown: '<rootDir>/__tests__/global-teardown.ts',
  testSequencer: '<rootDir>/__tests__/sequencer.js',
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup-stack-traces.ts'],
  reporters: ['default', '<rootDir>/__tests__/summary-reporter.js'],
};
