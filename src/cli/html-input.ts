import {parseHTML} from 'linkedom';
import {Marked} from 'marked';
import type {CheckInput} from '../checks/types.js';
import {htmlToDocument} from '../editor/paste.js';
import {documentBlocks} from '../document/text-blocks.js';

/**
 * Turns HTML (from a web page, Markdown or a Word document) into check input the same
 * way the editor does when the HTML is pasted: `htmlToDocument` builds the ProseMirror
 * document and `documentBlocks` reads its blocks. Node has no DOM, so a linkedom
 * document does the parsing. Only the title is known of the document's details.
 */
export function htmlToInput(html: string): CheckInput {
  const {input} = documentBlocks(htmlToDocument(html, domDocument()));
  // Web pages, Markdown and Word files have no place for the document's details (dates,
  // owner) or row pictures: leave them unknown, so the checks that need them skip rather than fail.
  return {...input, details: {title: input.details.title}, picturesUnknown: true};
}

/**
 * The part of a web page that holds its content: what is inside `<body>`, or the page
 * without its `<head>` and `<html>` tags when it has no body tag. `htmlToDocument` reads
 * HTML as pasted content, and in Node a whole page would otherwise lose its text.
 */
export function pageBody(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(html);
  if (body) return body[1]!;
  return html.replace(/<head\b[\s\S]*?<\/head\s*>/i, '').replace(/<\/?(?:html|!doctype)\b[^>]*>/gi, '');
}

/** Markdown to HTML, with GitHub-flavoured Markdown and no changes to the text (no smart quotes). */
export function markdownToHtml(markdown: string): string {
  return new Marked({gfm: true, async: false}).parse(markdown, {async: false});
}

let cached: Document | undefined;

/** One empty linkedom document, made on first use; `htmlToDocument` only creates nodes in it. */
function domDocument(): Document {
  cached ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  return cached;
}
