/**
 * `lit/decorators.js` for the embed bundles: Lit's decorators, except that
 * `@customElement` registers through `defineOnce` (see `./define.ts`). The library build
 * resolves every other module's `lit/decorators.js` here.
 *
 * @module
 */
// An explicit export wins over the same name from `export *`.
export * from 'lit/decorators.js';
export {customElement} from './define.js';
