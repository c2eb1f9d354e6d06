import {css, type ReactiveElement} from 'lit';

/**
 * The embed bundle's theme, added to each element's shadow root. A page's styles reach
 * inside a shadow root only through what the host element inherits, so the host resets
 * every inherited text property with `!important`, which beats the page's `!important`
 * (inside a shadow tree, important declarations of the inner context win). Sizes are
 * multiples of `--er-rem` (the build turns the styles' `rem` into it), so a page's root
 * font size changes nothing either. The page themes through the custom properties, which
 * the host reads (`--er-font-size` is the base size everything scales from):
 *
 * ```css
 * er-editor { --er-accent: #005eb8; --er-font-family: Arial, sans-serif; --er-radius: 4px; }
 * ```
 */
export const embedTheme = css`
  :host {
    --er-rem: var(--er-font-size, 16px);
    box-sizing: border-box !important;
    color: #212b32 !important;
    font-family: var(--er-font-family, system-ui, 'Segoe UI', Arial, sans-serif) !important;
    font-size: var(--er-rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    letter-spacing: normal !important;
    line-height: 1.5 !important;
    text-align: start !important;
    text-transform: none !important;
    word-spacing: normal !important;
    accent-color: var(--er-accent, #005eb8);
  }
  :focus-visible {
    outline: 3px solid var(--er-focus-ring, #ffb81c);
    outline-offset: 2px;
  }
  button,
  select,
  input {
    border-radius: var(--er-radius, 6px);
  }
  a {
    color: var(--er-accent, #005eb8);
  }
`;

/** Adds {@link embedTheme} after the element's own styles (once). Call when connected: the shadow root exists then. */
export function adoptTheme(host: ReactiveElement): void {
  const root = host.renderRoot;
  const sheet = embedTheme.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
