import {LitElement, html, nothing} from 'lit';
import {customElement, query, state} from 'lit/decorators.js';
import type {DocumentFile} from '../document/document-file.js';
import type {EditorChangeEvent} from '../editor/events.js';
import type {AccountSubmitEvent} from './account-submit-event.js';
import {ApiClient} from './api-client.js';
import {appHeader} from './app-header.js';
import {reviewPanel, sharePanel} from './document-side-panels.js';
import {supporterChoices} from './supporter-choices.js';
import {CheckerWordSettings, CheckerWordsApi} from './checker-words.js';
import {FetchGroupReviewApi} from '../review/group-api.js';
import {ReleaseApi} from '../release/release-api.js';
import {RoundsApi} from '../rounds/rounds-api.js';
import {styles} from './app.styles.js';
import type {ConflictDialog} from './conflict-dialog.js';
import type {ConflictResolveEvent} from './conflict-resolve-event.js';
import type {DocumentListActionEvent} from './document-list-action-event.js';
import type {DocumentWorkspace} from './document-workspace.js';
import {DocumentSharing} from './document-sharing.js';
import {LocalDocuments} from './local-documents.js';
import {routeFromHash, type Route} from './route.js';
import {ServerEditing} from './server-editing.js';
import {SessionController} from './session-controller.js';
import type {ShareRequestEvent} from './share-request-event.js';
import {TeamDocuments} from './team-documents.js';
import type {TeamSearchEvent} from './team-search-event.js';
import './account-form.js';
import './checker-words-screen.js';
import '../review/group-review.js';
import './conflict-dialog.js';
import './document-list.js';
import './document-workspace.js';
import './people-screen.js';
import './team-document-list.js';
import '../rounds/involvement-register.js';
import type {SupporterChoice} from '../rounds/involvement-register.js';

/**
 * The Easy Read Studio app. With a server it asks who is signed in (or for the first
 * admin on a new server), then shows the team's documents with those kept on this
 * computer, edits one with saving to the server (queued on this computer while
 * offline), and lets admins manage people. Without a server it keeps today's
 * local-only mode, saying so. The address says what is shown (`#/`,
 * `#/documents/<id>`, `#/local/<id>`, `#/people`, `#/involvement`, `#/group`, `#/checker-words`),
 * so a reload comes back to it. Supporters run group sessions; admins keep the words our
 * checkers found hard, which the editor flags in the documents staff open.
 *
 * @summary The whole app.
 */
@customElement('er-app')
export class App extends LitElement {
  static override styles = styles;

  private readonly session = new SessionController(this, new ApiClient(), {
    onSignedIn: () => this.handleSignedIn(),
    onSignedOut: () => this.handleSignedOut(),
  });
  private readonly local = new LocalDocuments(this, {
    onMessage: (message) => (this.message = message),
    onProgress: (stage) => (this.progress = stage),
    // Local-only mode keeps its old addresses, so bookmarks made before still work.
    onOpen: (id) => this.go(`${this.session.phase === 'local' ? '#/documents/' : '#/local/'}${encodeURIComponent(id)}`),
  });
  private readonly team = new TeamDocuments(this, {
    api: this.session.api,
    onMessage: (message) => (this.message = message),
    onProgress: (stage) => (this.progress = stage),
    onOpen: (id) => this.go(`#/documents/${encodeURIComponent(id)}`),
    keepLocally: (file) => this.keepOffline(file),
    waiting: () => this.editing.waiting(),
    onSignInNeeded: () => void this.session.expired(),
  });
  private readonly editing = new ServerEditing(this, {
    api: this.session.api,
    onMessage: (message) => (this.message = message),
    onNotice: (notice) => (this.notice = notice),
    onSignInNeeded: () => void this.session.expired(),
    keepLocally: (file) => this.local.keep(file),
    currentValue: () => this.workspace?.value,
    showConflict: () => void this.conflictDialog?.show(),
    onBackgroundSave: () => {
      if (this.route.screen === 'list') void this.team.load();
    },
  });
  private readonly sharing = new DocumentSharing(this, {
    api: this.session.api,
    onSignInNeeded: () => void this.session.expired(),
  });
  private readonly rounds = new RoundsApi(this.session.api);
  private readonly releases = new ReleaseApi(this.session.api);
  private readonly checkerWords = new CheckerWordsApi(this.session.api);
  /** The words our checkers found hard, as check settings for the editor. */
  private readonly checkerSettings = new CheckerWordSettings(this.checkerWords);
  private readonly groupApi = new FetchGroupReviewApi();
  /** Who can be chosen to support someone in the involvement register. */
  private supporters: readonly SupporterChoice[] = [];
  private routeRun = 0;
  /** A notice to show once the next address change is shown. */
  private nextNotice = '';
  private readonly handleHashChange = () => void this.showRoute(routeFromHash(location.hash));
  private readonly handlePageHide = () => {
    this.editing.pageHide();
    void this.local.flush();
  };

  @query('er-document-workspace') private workspace?: DocumentWorkspace;
  @query('er-conflict-dialog') private conflictDialog?: ConflictDialog;
  @query('main') private main!: HTMLElement;

  @state() private route: Route = {screen: 'list'};
  @state() private message = '';
  @state() private notice = '';
  @state() private progress = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('pagehide', this.handlePageHide);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('pagehide', this.handlePageHide);
  }

  private async start(): Promise<void> {
    await this.session.start();
    if (this.session.phase === 'local') await this.showRoute(routeFromHash(location.hash));
  }

  private async handleSignedIn(): Promise<void> {
    await this.editing.begin(this.session.me!);
    await this.showRoute(routeFromHash(location.hash));
    // The form that had the focus is gone: start from the top of the page's content.
    if (this.route.screen !== 'document' && this.route.screen !== 'local') this.main.focus();
  }

  private async handleSignedOut(): Promise<void> {
    this.sharing.close();
    await Promise.all([this.editing.end(), this.local.close()]);
    this.route = {screen: 'list'};
    this.checkerSettings.clear();
    this.message = '';
    this.notice = '';
  }

  /** Shows what the address asks for, falling back to the list when it cannot. */
  private async showRoute(route: Route): Promise<void> {
    const run = ++this.routeRun;
    const previous = this.route.screen;
    const notice = this.nextNotice;
    this.nextNotice = '';
    this.sharing.close();
    await Promise.all([this.local.close(), this.editing.close()]);
    if (run !== this.routeRun) return;
    this.message = '';
    this.notice = notice;
    const phase = this.session.phase;
    if (phase !== 'local' && phase !== 'signed-in') return;
    let opened = false;
    if (route.screen === 'local' || (route.screen === 'document' && phase === 'local')) {
      opened = await this.local.openDocument(route.id);
    } else if (route.screen === 'document') {
      // The editor flags the words our checkers found hard from the start (settings set later would drop the undo history).
      const staff = this.session.me?.user.role !== 'reviewer';
      [opened] = await Promise.all([this.editing.open(route.id), staff ? this.checkerSettings.load() : undefined]);
      if (opened && run === this.routeRun) void this.sharing.open(this.editing.detail);
    } else if (route.screen === 'people') {
      opened = this.session.me?.user.role === 'admin';
    } else if (route.screen === 'involvement') {
      const user = this.session.me?.user;
      const choices = user ? await supporterChoices(this.session.api, user) : null;
      this.supporters = choices ?? [];
      opened = choices !== null;
    } else if (route.screen === 'group') {
      // The server lets only supporters run group sessions.
      opened = this.session.me?.user.role === 'supporter';
    } else if (route.screen === 'checker-words') {
      opened = this.session.me?.user.role === 'admin';
    }
    if (run !== this.routeRun) return;
    this.route = opened ? route : {screen: 'list'};
    if (!opened && route.screen !== 'list') history.replaceState(null, '', '#/');
    if (this.route.screen === 'list') await Promise.all([phase === 'signed-in' ? this.team.load() : undefined, this.local.refresh()]);
    await this.updateComplete;
    if (run !== this.routeRun) return;
    if (this.route.screen === 'document' || this.route.screen === 'local') this.workspace?.focusStart();
    else if (previous !== this.route.screen) this.main.focus();
  }

  /** Goes to `hash`, then shows `notice`. */
  private go(hash: string, notice = ''): void {
    this.nextNotice = notice;
    if (location.hash === hash) void this.showRoute(routeFromHash(hash));
    else location.hash = hash;
  }

  /** Keeps a new document on this computer while offline, and opens it there. */
  private async keepOffline(file: DocumentFile): Promise<void> {
    const id = await this.local.keep(file);
    this.go(
      `#/local/${encodeURIComponent(id)}`,
      'You are offline, so this document is kept on this computer. Upload it to the team when you are back online.'
    );
  }

  private async signOut(everywhere: boolean): Promise<void> {
    await this.session.signOut(everywhere);
    await this.updateComplete;
    this.main.focus();
  }

  private workLocally(): void {
    this.session.workLocally();
    void this.showRoute(routeFromHash(location.hash));
  }

  private handleEditorChange(event: EditorChangeEvent): void {
    if (!event.docChanged) return;
    // The doc node, not the file: it is turned into a file only when it is saved.
    if (this.route.screen === 'document' && this.session.phase === 'signed-in') this.editing.change(event.state.doc);
    else this.local.change(event.state.doc);
  }

  private async handleLocalAction(event: DocumentListActionEvent): Promise<void> {
    if (event.action !== 'upload') return this.local.act(event);
    const record = await this.local.get(event.id!);
    if (!record) return;
    if (await this.team.upload(record.file)) this.local.markUploaded(record.id);
  }

  private handleTeamAction(event: DocumentListActionEvent): void {
    if (event.action === 'create' || event.action === 'import') void this.team.create(event.file);
    else if (event.action === 'delete') void this.team.remove(event.id ?? '', event.title ?? '');
    else if (event.action === 'restore') void this.team.restore(event.id ?? '', event.title ?? '');
    else if (event.action === 'open-bin' || event.action === 'close-bin') void this.team.openBin(event.action === 'open-bin');
  }

  private handleTeamSearch(event: TeamSearchEvent): void {
    void this.team.search(event.q, event.status);
  }

  private handleConflictResolve(event: ConflictResolveEvent): void {
    void this.editing.resolve(event.choice).then(() => this.workspace?.focus());
  }

  private handleShareRequest(event: ShareRequestEvent): void {
    void this.sharing.request(event);
  }

  /** Gets who can be chosen as a supporter; false for those who may not see the register. */
  private renderWorkspace(file: DocumentFile | undefined, status: DocumentWorkspace['saveStatus'], readonly = false, side: unknown = nothing) {
    return html`<er-document-workspace
      .file=${file}
      .saveStatus=${status}
      .settings=${this.checkerSettings.settings}
      ?readonly=${readonly}
      user-name=${this.session.me?.user.name ?? 'You'}
      @er-change=${this.handleEditorChange}
      >${side}</er-document-workspace
    >`;
  }

  private renderLocalList(upload: boolean) {
    return html`<er-document-list
      class="app__section"
      .documents=${this.local.documents}
      .status=${this.local.status}
      .uploaded=${this.local.uploaded}
      ?can-undo=${Boolean(this.local.deleted)}
      ?upload=${upload}
      link-prefix=${upload ? '#/local/' : '#/documents/'}
      @document-list-action=${this.handleLocalAction}
    ></er-document-list>`;
  }

  private renderServer() {
    const me = this.session.me!;
    switch (this.route.screen) {
      case 'involvement':
        return html`<er-involvement-register
          class="app__section"
          .api=${this.rounds}
          .supporters=${this.supporters}
          ?can-edit=${me.user.role === 'admin' || me.user.role === 'supporter'}
        ></er-involvement-register>`;
      case 'group':
        return html`<er-group-review class="app__section" .api=${this.groupApi}></er-group-review>`;
      case 'checker-words':
        return html`<er-checker-words-screen class="app__section" .api=${this.checkerWords}></er-checker-words-screen>`;
      case 'people':
        return html`<er-people-screen .api=${this.session.api} current-user-id=${me.user.id}></er-people-screen>`;
      case 'local':
        return html`<p class="app__progress">This document is only on this computer. To share it, upload it to the team from the list.</p>
          ${this.renderWorkspace(this.local.file, this.local.saveStatus)}`;
      case 'document':
        return html`${this.renderWorkspace(this.editing.file, this.editing.status, this.editing.readonly, [
          reviewPanel({
            detail: this.editing.detail,
            rounds: this.rounds,
            releases: this.releases,
            admin: me.user.role === 'admin',
            saved: this.editing.status === 'saved',
          }),
          sharePanel(this.sharing, (event) => this.handleShareRequest(event)),
        ])}
          <er-conflict-dialog
            .mine=${this.editing.conflict?.mine}
            .theirs=${this.editing.conflict?.theirs}
            @conflict-resolve=${this.handleConflictResolve}
          ></er-conflict-dialog>`;
      case 'list':
        return html`<h1 class="visually-hidden">Documents</h1>
          <er-team-document-list
            class="app__section"
            .documents=${this.team.documents}
            .q=${this.team.q}
            .filter=${this.team.filter}
            .waiting=${this.team.waiting}
            .message=${this.team.message}
            .bin=${this.team.bin}
            ?showing-bin=${this.team.showingBin}
            user-id=${this.session.me?.user.id ?? ''}
            ?admin=${this.session.me?.user.role === 'admin'}
            ?loading=${this.team.loading}
            @team-search=${this.handleTeamSearch}
            @document-list-action=${this.handleTeamAction}
          ></er-team-document-list>
          ${this.local.documents.length ? this.renderLocalList(true) : nothing}`;
    }
  }

  private renderScreen() {
    const session = this.session;
    switch (session.phase) {
      case 'starting':
        return html`<h1 class="visually-hidden">Easy Read Studio</h1>
          <p>Opening Easy Read Studio…</p>`;
      case 'unreachable':
        return html`<h1>Your team’s documents are out of reach</h1>
          <p>${session.error}</p>
          <div class="app__actions">
            <button class="button button--primary" type="button" @click=${() => session.start()}>Try again</button>
            <button class="button" type="button" @click=${() => this.workLocally()}>Work on this computer only</button>
          </div>`;
      case 'setup':
      case 'sign-in':
        return html`<er-account-form
          mode=${session.phase}
          .error=${session.error}
          ?busy=${session.busy}
          @account-submit=${(event: AccountSubmitEvent) => session.submit(event)}
        ></er-account-form>`;
      case 'local':
        return this.route.screen === 'list'
          ? html`<h1 class="visually-hidden">Easy Read Studio</h1>
              ${this.renderLocalList(false)}`
          : this.renderWorkspace(this.local.file, this.local.saveStatus);
      case 'signed-in':
        return this.renderServer();
    }
  }

  override render() {
    const notice = this.session.phase === 'sign-in' || this.session.phase === 'setup' ? this.session.notice : this.notice;
    const me = this.session.phase === 'signed-in' ? this.session.me : undefined;
    const header = appHeader({me, screen: this.route.screen, local: this.session.phase === 'local', signOut: (everywhere) => void this.signOut(everywhere)});
    return html`${header}
      <main class="app__main" id="main" tabindex="-1">
        <div role="alert">${this.message ? html`<p class="app__message">${this.message}</p>` : nothing}</div>
        <p class="app__notice" role="status">${notice}</p>
        ${this.progress ? html`<p class="app__progress" role="status">${this.progress}</p>` : nothing}
        ${this.renderScreen()}
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'er-app': App;
  }
}
