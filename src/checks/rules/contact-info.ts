import type {DocumentRule} from '../rule.js';
import type {Finding} from '../types.js';
import {hasDigit} from './structure-util.js';

/**
 * Checks that the document says how to get in touch: a phone number, an email address or a
 * postal address somewhere. A filled-in contact block line (phone, email or address) counts,
 * and so does body text with a UK phone number ("0300 123 4567", "+44 20 7946 0958",
 * "call 111"), an email address or a UK postcode. Otherwise an error on the whole document
 * (block -1). Each block is looked at once, when it is new or changed.
 */
export const contactInfo: DocumentRule<boolean> = {
  id: 'contact-info',
  description: 'Say who to contact, with a phone number, email or address.',
  scope: 'document',
  defaults: {
    'easy-read': {enabled: true},
    plain: {enabled: true},
  },
  collect({block, sentences}) {
    if (block.kind === 'contact' && contactFields.has(block.field ?? '') && /[\p{L}\p{N}]/u.test(block.text)) return true;
    for (const sentence of sentences) {
      for (const token of sentence.tokens) if (token.kind === 'phone' || token.kind === 'email') return true;
    }
    return hasContact(block.text);
  },
  combine(collected) {
    if (collected.includes(true)) return [];
    const missing: Finding = {
      rule: 'contact-info',
      severity: 'error',
      message: 'Add a phone number, email or address people can contact.',
      why: 'Easy read guidance: end with contact details, so readers know who to ask.',
      block: -1,
      from: 0,
      to: 0,
      suggestions: [],
    };
    return [missing];
  },
  same: (a, b) => a === b,
};

const contactFields = new Set(['phone', 'email', 'address']);
const ukPhone = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/u;
const shortNumber = /\b(?:call|phone|ring|dial|text|NHS)\s+(?:on\s+)?(?:111|999|119)\b/iu;
const email = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/u;
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/u;

/** Whether a text holds a UK phone number, an email address or a UK postcode. */
export function hasContact(text: string): boolean {
  // Phone numbers and postcodes all have digits; an email address has an "@".
  if (!hasDigit(text)) return text.includes('@') && email.test(text);
  const short = text.includes('111') || text.includes('999') || text.includes('119');
  return ukPhone.test(text) || (short && shortNumber.test(text)) || (text.includes('@') && email.test(text)) || postcode.test(text);
}
