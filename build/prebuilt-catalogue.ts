import type { Plugin } from 'vite';
import type { Catalogue } from '../src/domain/catalogue-schema';

const CATALOGUE_MODULE = /[\\/]src[\\/]domain[\\/]catalogue\.ts$/;

/** The module that replaces src/domain/catalogue.ts in the browser build. */
export function prebuiltCatalogueModule(catalogue: Catalogue): string {
  // JSON.parse of a string literal is the fastest way for a browser to load a large object.
  return `export const CATALOGUE = JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});\n`;
}

/**
 * The shipped catalogue, validated by its schema when the app is built instead of in every
 * browser: the check (and the schema it needs) cost a phone a long task before a shared result
 * could show. Tests and the dev server still validate it as they load it.
 */
export function prebuiltCatalogue(catalogue: Catalogue): Plugin {
  return {
    name: 'modellkart:prebuilt-catalogue',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return CATALOGUE_MODULE.test(id.split('?')[0]!) ? prebuiltCatalogueModule(catalogue) : null;
    },
  };
}
