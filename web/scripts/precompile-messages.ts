import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** The message catalogues of both web apps: web/src/locales/*.json and web/src/public/locales/*.json. */
const CATALOGUE = /\/web\/src\/(?:public\/)?locales\/[a-z-]+\.json$/;

type Tree = { [key: string]: string | MessageFormatElement[] | Tree };

/**
 * Compiles each catalogue message that has ICU syntax (an argument, a
 * plural, a tag, a quote) to the syntax tree FormatJS formats, at build and
 * in development alike, so the pages need no ICU parser: both builds alias
 * `@formatjs/icu-messageformat-parser` to its `no-parser` entry, and
 * intl-messageformat formats the trees. Plain text stays text (it is
 * smaller). A message that does not parse fails the build, naming its key.
 *
 * `locales/en.json?sections=verify,ui` is the catalogue with only those
 * top-level sections: a module (so a chunk) of its own, for a page to load
 * only the words it shows. The repository keeps one file per language.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      const [file, query] = id.split('?') as [string, string | undefined];
      if (!CATALOGUE.test(file)) return undefined;
      let tree = JSON.parse(code) as Tree;
      const sections = new URLSearchParams(query ?? '').get('sections');
      if (!sections) return { code: JSON.stringify(compile(tree, file)), map: null };
      // Vite's JSON plugin leaves a module with a query alone: this one is JavaScript.
      tree = Object.fromEntries(sections.split(',').map((name) => [name, tree[name] ?? {}]));
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compile(tree, file)))});`, map: null };
    },
  };
}

function compile(tree: Tree, file: string, prefix = ''): Tree {
  const out: Tree = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== 'string') {
      out[key] = Array.isArray(value) ? value : compile(value, file, path);
      continue;
    }
    if (!/[{}#'<]/.test(value)) {
      out[key] = value;
      continue;
    }
    try {
      out[key] = parse(value);
    } catch (error) {
      throw new Error(`${file}: ${path} is not a valid ICU message (${(error as Error).message})`);
    }
  }
  return out;
}

/** For resolve.alias: intl-messageformat's import of the parser gets the entry without it (types and helpers only). */
export const WITHOUT_ICU_PARSER = { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' };
