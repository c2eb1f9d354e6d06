import {aToD} from './uk-health-terms-a-to-d.js';
import {eToO} from './uk-health-terms-e-to-o.js';
import {pToZ} from './uk-health-terms-p-to-z.js';
import type {WordEntry} from './word-entry.js';

/**
 * Everyday UK words for clinical and official words, written for this project by the
 * Easy Read Studio team (no third-party list was copied). The alternatives follow NHS
 * usage ("pee", "poo", "tummy", "high blood pressure") and easy read practice: a short
 * description when there is no single everyday word ("tablet that makes you pee more").
 *
 * It also covers the official words of NHS letters and services ("whilst", "signposted",
 * "out of hours", "primary care"). Words already plain in easy read ("chemist", "option",
 * "test") are left out on purpose, so they never raise false alarms.
 *
 * `medical: true` marks terms a reader may have to know because their doctor will say
 * them; if they stay, they must be explained at first use.
 *
 * Kept A to Z in three files (`uk-health-terms-a-to-d.ts` and on), joined here in that order.
 */
export const ukHealthTerms: readonly WordEntry[] = [...aToD, ...eToO, ...pToZ];
