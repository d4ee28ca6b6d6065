import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import svelteConfig from './svelte.config.js';
import { boundaryElements, boundaryPolicies } from './lint/layers.js';

const electronOnlyHere =
  'Only src-main/electron/ may import electron at runtime (type-only imports are fine).';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      '.tmp/**',
      '.tmp-*/**',
      'node_modules/**',
      'docs/screenshots/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The wall between runtimes (as VS Code does): electron stays at the edge.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: electronOnlyHere, allowTypeImports: true }],
          patterns: [{ group: ['electron/*'], message: electronOnlyHere, allowTypeImports: true }],
        },
      ],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    // The layers: which folder may import which (lint/layers.js, rendered into docs/architecture.md).
    files: ['src-main/**/*.ts', 'src-renderer/**/*.ts', 'src-renderer/**/*.svelte'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.js', '.svelte'] } },
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/elements': boundaryElements(),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: boundaryPolicies(),
          message:
            '{{from.element.type}} may not import {{to.element.type}}{{to.module.source}} ({{dependency.kind}}): each layer lists what it may import in lint/layers.js.',
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['src-main/electron/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The renderer is a browser page: it may see the IPC contract's types and nothing else of main.
    files: ['src-renderer/**/*.ts', 'src-renderer/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through the preload API.' }],
          patterns: [
            {
              regex: '^(\\.\\./)+src-main/(?!ipc/|i18n/)',
              message: 'The renderer may import only the IPC contract and the i18n core from src-main.',
            },
            { group: ['node:*'], message: 'The renderer is a sandboxed web page: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
);
