/**
 * The pictures an easy-read designer would choose for everyday health and easy-read
 * words, written for this project: each concept (a word or a short phrase, as people
 * write it) maps to OpenMoji labels, best first. OpenMoji's own tags miss many of these
 * words ("appointment", "GP", "arrive") or match them with a poor picture first.
 *
 * Phrases ("blood test", "waiting room") win over their single words. Keys are
 * lowercase; plurals are folded when matching, so "tablet" also finds "tablets". A Node
 * test checks that every label exists in the symbol index and that there are at least
 * 300 concepts.
 *
 * @module
 */
import {careConcepts} from './care-concepts.js';
import {everydayConcepts} from './everyday-concepts.js';

export const HEALTH_CONCEPTS: Readonly<Record<string, readonly string[]>> = {...careConcepts, ...everydayConcepts};
