import {html, nothing, type TemplateResult} from 'lit';
import type {Me, Role} from './api-client.js';
import type {Route} from './route.js';

/** A link of the main navigation, the screen it shows (if it is one of the app's) and who sees it. */
interface NavLink {
  readonly href: string;
  readonly label: string;
  readonly screen?: Route['screen'];
  readonly roles: readonly Role[];
}

const everyone: readonly Role[] = ['admin', 'author', 'supporter', 'reviewer'];

const navLinks: readonly NavLink[] = [
  {href: '#/', label: 'Documents', screen: 'list', roles: everyone},
  {href: '#/people', label: 'People', screen: 'people', roles: ['admin']},
  {href: '#/involvement', label: 'Involvement register', screen: 'involvement', roles: ['admin', 'author', 'supporter']},
  {href: '#/group', label: 'Group session', screen: 'group', roles: ['supporter']},
  {href: '#/checker-words', label: 'Words our checkers found hard', screen: 'checker-words', roles: ['admin']},
  {href: '/docs', label: 'Put it in your web pages', roles: ['admin', 'author']},
];

/** What {@link appHeader} shows. */
export interface AppHeaderOptions {
  /** Who is signed in, or `undefined` (no navigation then). */
  readonly me: Me | undefined;
  /** The screen shown, marked as the current page in the navigation. */
  readonly screen: Route['screen'];
  /** True when the app works without a server: it says so under the header. */
  readonly local: boolean;
  /** Signs out here (`false`) or on every device (`true`). */
  readonly signOut: (everywhere: boolean) => void;
}

/** The app's header: its name, the main navigation for the signed-in person's role, and signing out. */
export function appHeader({me, screen, local, signOut}: AppHeaderOptions): TemplateResult {
  return html`<header class="app__header">
      <p class="app__name"><a href="#/">Easy Read Studio</a></p>
      ${me
        ? html`<nav class="app__nav" aria-label="Main">
              ${navLinks
                .filter((link) => link.roles.includes(me.user.role))
                .map((link) => html`<a href=${link.href} aria-current=${link.screen && link.screen === screen ? 'page' : nothing}>${link.label}</a>`)}
            </nav>
            <div class="app__user">
              <p>Signed in as <strong>${me.user.name}</strong></p>
              <button class="button" type="button" @click=${() => signOut(false)}>Sign out</button>
              <button class="button" type="button" @click=${() => signOut(true)}>Sign out everywhere</button>
            </div>`
        : nothing}
    </header>
    ${local ? html`<p class="app__mode">Working on this computer only</p>` : nothing}`;
}
