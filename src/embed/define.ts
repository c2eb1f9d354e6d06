/**
 * Registration for the embed bundles. A page may load `easy-read.js` twice (two
 * addresses, two versions) or together with `easy-read-document.js`; each copy brings
 * its own classes, and `customElements.define` throws "already defined" on the second.
 * So the bundles define every element through {@link defineOnce}: the first definition
 * of a tag wins and later copies are ignored.
 *
 * The library build (see `vite.config.ts`) points every `lit/decorators.js` import at
 * `./decorators.ts`, whose `@customElement` is {@link customElement} here. The app build
 * keeps Lit's own decorator, so a mistake there still fails loudly.
 *
 * @module
 */

/** A class the page may register as a custom element. */
type ElementClass = CustomElementConstructor;

const hooks = new Map<string, ((elementClass: ElementClass) => void)[]>();

/**
 * Runs `hook` with the class of `tag` just before that tag is defined by this copy of
 * the bundle, so it can add Lit initializers (controllers) that every instance gets,
 * including the elements already on the page, which upgrade during `define`. Register
 * hooks before the element's module runs (import this module's caller first).
 */
export function beforeDefine(tag: string, hook: (elementClass: ElementClass) => void): void {
  hooks.set(tag, [...(hooks.get(tag) ?? []), hook]);
}

/** Defines `tag` as `elementClass` unless the page already has a `tag`. Returns whether it defined it. */
export function defineOnce(tag: string, elementClass: ElementClass): boolean {
  if (customElements.get(tag)) return false;
  for (const hook of hooks.get(tag) ?? []) hook(elementClass);
  customElements.define(tag, elementClass);
  return true;
}

/** Lit's `@customElement(tag)` (legacy decorators, as this project compiles them), through {@link defineOnce}. */
export function customElement(tag: string): (elementClass: ElementClass) => void {
  return (elementClass) => {
    defineOnce(tag, elementClass);
  };
}
