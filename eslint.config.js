// Lint: typescript-eslint's recommended rules over src/, test/, bench/ and scripts/, and the layer
// rules of ARCHITECTURE.md: which folder of src/ may import which. (Each layer's tsconfig.json
// keeps platform globals out the same way: core sees no Google, Node or DOM types.)
import tseslint from 'typescript-eslint';

const OTHER_PACKAGES = '^(?!\\.|zod/mini$)'; // anything but a relative path or zod/mini

/** Imports a layer must not make: each entry is a regex over the import path and the reason. */
function layer(files, forbidden) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbidden.map(([regex, message]) => ({ regex, message: `${message} (ARCHITECTURE.md)` })) },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'test-output/', 'examples/', 'out/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  layer(
    ['src/shared/**'],
    [
      ['^\\.\\./', 'shared/ imports nothing from the other layers: both the server and the sidebar bundle it'],
      [OTHER_PACKAGES, 'shared/ uses no package but zod/mini'],
    ],
  ),
  layer(
    ['src/core/**'],
    [
      ['(^|/)(addon|cli|sidebar)(/|$)', 'core/ is pure: it imports only core/ and shared/'],
      [OTHER_PACKAGES, 'core/ is pure: no Node modules or packages but zod/mini (it runs in Apps Script too)'],
    ],
  ),
  layer(
    ['src/addon/**'],
    [
      ['(^|/)(cli|sidebar)(/|$)', 'addon/ imports core/ and shared/, never the CLI or the sidebar'],
      [OTHER_PACKAGES, 'addon/ runs in Apps Script: no Node modules or packages but zod/mini'],
    ],
  ),
  layer(
    ['src/sidebar/**'],
    [
      ['(^|/)(core|addon|cli)(/|$)', 'the sidebar imports only shared/ (it talks to the server through client.ts)'],
      ['^(?!\\.)', 'the sidebar bundle takes no package'],
    ],
  ),
  layer(
    ['src/cli/**'],
    [['(^|/)(addon|sidebar)(/|$)', 'the CLI imports core/ and shared/, never the add-on or the sidebar']],
  ),
);
