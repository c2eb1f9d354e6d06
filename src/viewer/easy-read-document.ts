/**
 * The leaflet viewer for other sites, as one script:
 *
 * ```html
 * <script type="module" src="https://easy-read.example.nhs.uk/easy-read-document.js"></script>
 * <er-document release="RELEASE-ID" server="https://easy-read.example.nhs.uk"></er-document>
 * ```
 *
 * It registers `<er-document>` once: a page that loads it twice (or under two addresses)
 * keeps the first definition instead of failing with "already defined".
 *
 * @module
 */
if (!customElements.get('er-document')) await import('./document-viewer.js');

export {};
