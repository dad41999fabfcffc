import js from '@eslint/js';
import * as espree from 'espree';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-wps/', 'dist-web/', 'node_modules/', 'test/artifacts/', 'scripts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The core and the pane run in WPS's older CEF engines: regex syntax newer than ES2017 would stop
    // the whole bundle from parsing (TypeScript lowers other syntax, never regular expressions).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[=!]/]',
          message: 'No regex lookbehind: older WPS engines cannot parse it (ES2018).',
        },
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[A-Za-z_$]/]',
          message: 'No named regex groups: older WPS engines cannot parse them (ES2018).',
        },
        {
          selector: 'Literal[regex.flags=/s/]',
          message: 'No regex s flag: older WPS engines cannot parse it (ES2018).',
        },
      ],
    },
  },
  {
    // The WPS add-in's entry script runs as it is in the ribbon's hidden page of older WPS builds.
    files: ['wps/**/*.js'],
    languageOptions: {
      // ESLint's own parser, which rejects syntax newer than ecmaVersion (the TypeScript parser does not).
      parser: espree,
      ecmaVersion: 2017,
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', alert: 'readonly' },
    },
    // ES2017 has no `catch {}` without a binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    // The office.js loader is written into the pages as it is and runs in every webview, IE11 included.
    files: ['src/taskpane/office-loader.js'],
    languageOptions: {
      parser: espree,
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
