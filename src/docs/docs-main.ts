/**
 * The `/docs` page's entry: the guide, the manifest it reads, and the embed bundle
 * itself, so the live examples are exactly what another site gets. In development the
 * bundle's source stands in for the built `/easy-read.js`.
 *
 * @module
 */
import manifest from '../../custom-elements.json';
import type {Manifest} from './manifest-model.js';
import './docs-page.js';

const dev = (import.meta as ImportMeta & {env?: {DEV?: boolean}}).env?.DEV;
await import(/* @vite-ignore */ dev ? '/src/embed/easy-read.ts' : '/easy-read.js');
const page = document.querySelector('er-docs-page');
if (page) page.manifest = manifest as Manifest;

export {};
