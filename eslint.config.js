import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of the web apps, enforced with the built-in
 * no-restricted-imports rule. That rule sees only what an import says
 * ('../../cards/api/get-card.ts'), not where it leads, so each folder of
 * web/src gets its own copy of the rule, with every way its files could
 * spell a forbidden path. The boundaries themselves are the lists below.
 *
 * Dynamic import() is not checked (the rule cannot see it).
 */
const WEB = 'web/src';

/** Values web code may import from the API: the TypeBox schemas and the small isomorphic modules the apps share with it. Anything else from api/ is type-only. */
const API_VALUES_ALLOWED = [
  'api/src/**/schemas.ts', // the body schemas forms are checked against, and their enums
  'api/src/shared/**', // isomorphic helpers (calendar dates, ages)
  'api/src/public-pages.ts', // the public app's page paths (web/src/public/config/paths.ts)
  'api/src/cards/card-number.ts', // reading a typed card number (public verify page)
  'api/src/cards/card-expiry.ts', // a card's last day (public offline check)
  'api/src/invitations/invitation-code.ts', // reading a typed invitation code (public /my sign-in)
];

const subfolders = (dir) =>
  readdirSync(join(import.meta.dirname, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

const staffFeatures = subfolders(`${WEB}/features`);
const publicFeatures = subfolders(`${WEB}/public/features`);

/**
 * What files under `from` may not import: `targets` (folders or files, from
 * the repository root), except what `allow` names inside them.
 */
const BOUNDARIES = [
  ...staffFeatures.map((feature) => ({
    from: `${WEB}/features/${feature}`,
    targets: staffFeatures.filter((other) => other !== feature).map((other) => `${WEB}/features/${other}`),
    message: 'A feature may not import another feature: move what they share to web/src/components or web/src/lib, or compose them in web/src/app.',
  })),
  ...publicFeatures.map((feature) => ({
    from: `${WEB}/public/features/${feature}`,
    targets: publicFeatures.filter((other) => other !== feature).map((other) => `${WEB}/public/features/${other}`),
    message: 'A feature may not import another feature: move what they share to web/src/public/components or web/src/public/lib, or compose them in web/src/public/app.',
  })),
  {
    from: `${WEB}/public`,
    targets: [`${WEB}/features`, `${WEB}/app`, `${WEB}/config`, `${WEB}/lib`, `${WEB}/components`, `${WEB}/main.tsx`],
    // Shared by both apps: the plain UI parts (fields, alerts), the plain React hooks, the query keys. The rest is the staff app's.
    allow: [`${WEB}/components/ui`, `${WEB}/lib/query-keys.ts`],
    message: 'The public app never imports staff code (features, app, staff components, lib, config).',
  },
  ...['components/ui', 'hooks', 'i18n'].map((neutral) => ({
    from: `${WEB}/${neutral}`,
    targets: [`${WEB}/features`, `${WEB}/app`, `${WEB}/public`, `${WEB}/lib`, `${WEB}/config`, `${WEB}/components`],
    allow: [`${WEB}/components/ui`],
    message: 'components/ui, hooks and i18n are shared by both apps, so they import nothing of either (no lib, config, other components, features or apps).',
  })),
  {
    from: `${WEB}/features`,
    targets: [`${WEB}/app`, `${WEB}/public`],
    message: 'Features are composed by web/src/app, never the other way round, and never reach into the public app.',
  },
  ...['components', 'lib', 'hooks', 'config'].map((shared) => ({
    from: `${WEB}/${shared}`,
    targets: [`${WEB}/features`, `${WEB}/app`, `${WEB}/public`],
    message: 'Shared code (components, lib, hooks, config) may not depend on a feature or on either app.',
  })),
  {
    from: `${WEB}/app`,
    targets: [`${WEB}/public`],
    message: 'The staff app does not import the public app.',
  },
];

/** Every folder under `dir`, itself included. */
function folders(dir) {
  return [dir, ...subfolders(dir).flatMap((name) => folders(`${dir}/${name}`))];
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every relative spelling of `target` from files in `dir`: up to each common ancestor, then down. */
function spellings(dir, target) {
  const out = [];
  for (let ancestor = dir; ; ancestor = posix.dirname(ancestor)) {
    const up = posix.relative(dir, ancestor) || '.';
    const down = posix.relative(ancestor === '.' ? '' : ancestor, target);
    if (ancestor === '.' || target === ancestor || target.startsWith(`${ancestor}/`)) out.push(down ? `${up}/${down}` : up);
    if (ancestor === '.') break;
  }
  return out;
}

/** A regex source matching an import of `target` (or anything inside it) from `dir`, except the `allow`ed paths. */
function importOf(dir, target, allow = []) {
  const inside = allow.filter((path) => path.startsWith(`${target}/`)).map((path) => escape(path.slice(target.length + 1)));
  const except = inside.length ? `(?!/(?:${inside.join('|')})(?:/|$))` : '';
  // Not followed by /.. (which leaves the target again).
  return `^(?:${spellings(dir, target).map(escape).join('|')})(?!/\\.\\.(?:/|$))${except}(?:/|$)`;
}

/** The API rule as a regex from `dir`: any path into api/ other than the allowed value modules. */
function apiValueImport(dir) {
  const allowed = API_VALUES_ALLOWED.map((glob) =>
    escape(glob.slice('api/'.length)).replace(/\/\\\*\\\*\//g, '/(?:[^/]+/)*').replace(/\/\\\*\\\*$/, '/.+'),
  );
  return `^(?:${spellings(dir, 'api').map(escape).join('|')})/(?!(?:${allowed.join('|')})$)`;
}

function restrictedImportsFor(dir) {
  const patterns = [
    {
      regex: apiValueImport(dir),
      allowTypeImports: true,
      message: `Web code imports only types from api/, except values from ${API_VALUES_ALLOWED.join(', ')} (see eslint.config.js). Use \`import type\`, or move an isomorphic helper to api/src/shared.`,
    },
  ];
  for (const boundary of BOUNDARIES) {
    if (dir !== boundary.from && !dir.startsWith(`${boundary.from}/`)) continue;
    for (const target of boundary.targets) patterns.push({ regex: importOf(dir, target, boundary.allow), message: boundary.message });
  }
  return { files: [`${dir}/*.{ts,tsx}`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
}

/**
 * Files and folders whose every user-facing string comes from the message
 * catalogues (web/src/locales, web/src/public/locales). A folder joins once
 * it is translated. The plugin's rule catches text in JSX; the syntax rule
 * catches a literal in the attributes people read or hear.
 */
const TRANSLATED = [
  'web/src/i18n',
  'web/src/public/components/public-layout.tsx',
  'web/src/public/features/verify',
  'web/src/public/features/directory',
  'web/src/public/features/partner-guide',
  'web/src/public/app',
  'web/src/public/lib',
  'web/src/public/components',
  'web/src/public/features/my-card',
  'web/src/public/features/have-your-say',
  'web/src/public/features/referrals',
  'web/src/app',
  'web/src/components',
  'web/src/features',
  'web/src/lib',
  'web/src/hooks',
  'web/src/config',
];

const READ_ATTRIBUTES = ['label', 'title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'hint', 'lead', 'confirmLabel', 'cancelLabel', 'description', 'legend', 'heading'];

const translatedFiles = TRANSLATED.map((path) => (/\.tsx?$/.test(path) ? path : `${path}/**/*.{ts,tsx}`));

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'api/src/generated/', 'data/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    // A benchmark's output is its table.
    files: ['bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The API's layers: domain folders (cards/, holders/, verify/, ...) never reach up into
    // the HTTP layer (plugins/, routes/, app.ts); only the composition root (deps.ts, built by
    // plugins/deps.ts and the CLI scripts) assembles dependencies.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/plugins/**', 'api/src/routes/**', 'api/src/app.ts', 'api/src/server.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/plugins/*', '**/routes/*', '**/app.ts', '**/server.ts'], message: 'Domain code must not import the HTTP layer (plugins/, routes/, app.ts).' },
            { group: ['fastify', 'fastify-plugin', '@fastify/*'], allowTypeImports: true, message: 'Domain code stays framework-free: only types from Fastify.' },
          ],
        },
      ],
    },
  },
  {
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/deps.ts', 'api/src/plugins/deps.ts', 'api/src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='buildDeps']", message: 'Only the composition root (plugins/deps.ts, the CLI scripts) builds the dependencies.' },
      ],
    },
  },
  ...folders(WEB).map(restrictedImportsFor),
  {
    files: translatedFiles,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: `JSXAttribute[name.name=/^(${READ_ATTRIBUTES.join('|')})$/] > Literal[value=/[A-Za-z]/]`,
          message: 'A string people read or hear comes from the catalogue: t(\'section.key\').',
        },
        {
          selector: `JSXAttribute[name.name=/^(${READ_ATTRIBUTES.join('|')})$/] > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
          message: 'A string people read or hear comes from the catalogue: t(\'section.key\').',
        },
      ],
    },
  },
);
