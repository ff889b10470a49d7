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
  reporters: ['default', '<rootDir>/__tests__/summary-reporter.js'],
};
