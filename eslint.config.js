const tseslint = require('typescript-eslint');

// Root imports of a prebuilt provider load every resource class it has (seconds
// and hundreds of MB per synth); import each class from its deep path instead.
const rootProviderImports = {
  paths: [
    { name: '@cdktf/provider-aws', message: 'Import from @cdktf/provider-aws/lib/<resource> instead.' },
    { name: '@cdktf/provider-digitalocean', message: 'Import from @cdktf/provider-digitalocean/lib/<resource> instead.' },
  ],
  patterns: [
    { regex: '\\.gen/providers/[^/]+/?$', message: 'Import from .gen/providers/<provider>/<resource> instead.' },
    { regex: '\\.gen/providers/[^/]+/(index|lazy-index)$', message: 'Import from .gen/providers/<provider>/<resource> instead.' },
  ],
};

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '.gen/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', rootProviderImports],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests pick through synthesized JSON, whose shape is the point of the assertions.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
