const importX = require('eslint-plugin-import-x');
const tseslint = require('typescript-eslint');

// Root imports of a prebuilt provider load every resource class it has (seconds
// and hundreds of MB per synth); import each class from its deep path instead.
const providerImports = [
  { name: '@cdktf/provider-aws', message: 'Import from @cdktf/provider-aws/lib/<resource> instead.' },
  { name: '@cdktf/provider-digitalocean', message: 'Import from @cdktf/provider-digitalocean/lib/<resource> instead.' },
];
const generatedProviderPatterns = [
  { regex: '\\.gen/providers/[^/]+/?$', message: 'Import from .gen/providers/<provider>/<resource> instead.' },
  {
    regex: '\\.gen/providers/[^/]+/(index|lazy-index)$',
    message: 'Import from .gen/providers/<provider>/<resource> instead.',
  },
];
// The CDK for Terraform library is reached through cdk.ts only, so a move to a fork is a one-file change.
const cdktfImport = { name: 'cdktf', message: 'Import from cdk.ts (the one module that imports cdktf).' };

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'cdktf.out/**', '.gen/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    languageOptions: {
      // Type information for rules such as no-floating-promises.
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...providerImports, cdktfImport], patterns: generatedProviderPatterns },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'import-x/no-duplicates': 'error',
    },
  },
  {
    files: ['cdk.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: providerImports, patterns: generatedProviderPatterns }] },
  },
  {
    // Tests pick through synthesized JSON, whose shape is the point of the assertions.
    files: ['__tests__/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
