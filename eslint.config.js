// Lint guards the boundaries of the tree (STYLE.md): who may do HTTP, who may import whom.
import fs from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'src/testing/**'];
const APP_CODE = ['src/app', 'src/api', 'src/features', 'src/components', 'src/lib'];

// Screens that exist now plus the ones planned, so a new screen folder is guarded from day one.
const FEATURES = [
  ...new Set([
    'objects',
    'bulk-edit',
    'copy-to-space',
    'ml-sync',
    'aliases',
    ...(fs.existsSync('src/features') ? fs.readdirSync('src/features', { withFileTypes: true }) : [])
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name),
  ]),
];

// `no-restricted-imports` patterns are gitignore-style globs over the import string, so
// `**/simulator/*` catches `../simulator/x` and `../../simulator/x` alike.
const notApp = { group: ['**/app/*'], message: 'Nothing imports src/app/ (the composition root) except src/main.tsx.' };
const notInfrastructure = {
  group: ['**/simulator/*', '**/server/*', '**/testing/*'],
  message: 'App code never imports the simulator, the app server or test helpers.',
};
const notOtherFeature = (feature) => ({
  group: FEATURES.filter((other) => other !== feature).flatMap((other) => [`**/features/${other}/*`, `**/${other}/*`]),
  message: 'Features never import each other: move shared code to src/components, src/lib or src/api.',
});
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const FETCH_MESSAGE = 'Only src/api/client.ts talks HTTP (plus simulator, server, e2e, bench and tests).';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'public/mockServiceWorker.js', 'test-results/**', 'ci-reports/**', 'playwright-report/**', '.simulator-data/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: { react },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      'react/no-danger': 'error',
      'react/prop-types': 'off', // TypeScript checks props
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...pluginQuery.configs['flat/recommended'],

  // ---- HTTP only through api/client.ts ----
  {
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['src/api/client.ts', 'src/simulator/**', 'src/server/**', 'e2e/**', 'bench/**', '*.config.{ts,js}', ...TESTS],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: FETCH_MESSAGE },
        { name: 'XMLHttpRequest', message: FETCH_MESSAGE },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name=/^(window|globalThis|self)$/][property.name='fetch']", message: FETCH_MESSAGE },
      ],
    },
  },

  // ---- import boundaries (later blocks override earlier ones for the same files) ----
  { files: ['src/**/*.{ts,tsx}', 'e2e/**', 'bench/**'], ignores: ['src/main.tsx', 'src/app/**'], rules: restrictImports(notApp) },
  { files: APP_CODE.map((dir) => `${dir}/**/*.{ts,tsx}`), ignores: ['src/app/**', ...TESTS], rules: restrictImports(notApp, notInfrastructure) },
  { files: ['src/app/**/*.{ts,tsx}'], ignores: TESTS, rules: restrictImports(notInfrastructure) },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    ignores: TESTS,
    rules: restrictImports(notApp, notInfrastructure, notOtherFeature(feature)),
  })),
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.test.{ts,tsx}`],
    rules: restrictImports(notApp, notOtherFeature(feature)),
  })),
);
