/**
 * Latin and foreign short forms, for the latin-foreign-shortforms check. Written for this
 * project. NHS A to Z: "eg" can be read aloud as "egg" by screen readers; use "for example";
 * avoid "etc" and "ie". Norfolk County Council: "write 'for example' instead of 'eg'".
 * The prescription Latin ("bd", "tds") is found on UK medicine labels. The English short
 * forms at the end ("Tel", "Mon–Fri", "mg", "hrs") come from NHS letters and labels; easy
 * read writes the words in full.
 */
export interface ShortForm {
  /** The short form as people write it, for messages. */
  readonly text: string;
  /** Regular-expression source, matched case-insensitively between word boundaries. */
  readonly pattern: string;
  /** Plain English alternatives, best first. */
  readonly plain: readonly string[];
  /** It can usually just be deleted ("etc."). */
  readonly removable?: boolean;
  /** Only checked when the rule's `flagPer` setting is on ("per day" is widely understood). */
  readonly per?: boolean;
  /** Match case-sensitively (for short forms that are also English words, such as "NB" or "re"). */
  readonly caseSensitive?: boolean;
}

/** Latin and foreign short forms → plain English. */
export const shortForms: readonly ShortForm[] = [
  {text: 'e.g.', pattern: 'e\\.\\s?g\\.?|eg(?=[.,:]|\\s)', plain: ['for example', 'such as', 'like']},
  {text: 'i.e.', pattern: 'i\\.\\s?e\\.?|ie(?=[.,:]|\\s)', plain: ['that is', 'that means']},
  {text: 'etc.', pattern: 'etc\\.?|et cetera', plain: ['and so on'], removable: true},
  {text: 'vs', pattern: 'vs\\.?|versus', plain: ['or', 'compared with']},
  {text: 'approx.', pattern: 'approx\\.?', plain: ['about']},
  {text: 'NB', pattern: 'N\\.?B\\.?(?=[\\s:,])', plain: ['note', 'please note'], caseSensitive: true},
  {text: 're', pattern: '(?<=^|\\n)Re:|re:', plain: ['about'], caseSensitive: true},
  {text: 'via', pattern: 'via', plain: ['through', 'by']},
  {text: 'c.', pattern: 'c\\.(?=\\s?\\d)|circa', plain: ['about']},
  {text: 'cf.', pattern: 'cf\\.', plain: ['compare']},
  {text: 'viz.', pattern: 'viz\\.', plain: ['namely', 'that is']},
  {text: 'et al.', pattern: 'et al\\.?', plain: ['and others']},
  {text: 'ad hoc', pattern: 'ad[ -]hoc', plain: ['when needed', 'one-off']},
  {text: 'per annum', pattern: 'per annum', plain: ['a year', 'each year']},
  {text: 'per diem', pattern: 'per diem', plain: ['a day']},
  {text: 'pro rata', pattern: 'pro[ -]rata', plain: ['in proportion']},
  {text: 'vice versa', pattern: 'vice[ -]versa', plain: ['the other way round']},
  {text: 'de facto', pattern: 'de facto', plain: ['in practice']},
  {text: 'bona fide', pattern: 'bona fide', plain: ['real', 'genuine']},
  {text: 'status quo', pattern: 'status quo', plain: ['the way things are']},
  {text: 'in situ', pattern: 'in situ', plain: ['in place']},
  {text: 'inter alia', pattern: 'inter alia', plain: ['among other things']},
  {text: 'ad lib', pattern: 'ad lib(?:itum)?', plain: ['as much as you need']},
  {text: 'prn', pattern: 'p\\.?r\\.?n\\.?(?=[\\s,.;:)]|$)', plain: ['when needed']},
  {text: 'bd', pattern: 'b\\.d\\.|bd', plain: ['twice a day'], caseSensitive: true},
  {text: 'tds', pattern: 't\\.d\\.s\\.?|tds', plain: ['3 times a day'], caseSensitive: true},
  {text: 'qds', pattern: 'q\\.d\\.s\\.?|qds', plain: ['4 times a day'], caseSensitive: true},
  {text: 'nocte', pattern: 'nocte', plain: ['at night']},
  {text: 'mane', pattern: 'mane', plain: ['in the morning'], caseSensitive: true},
  {text: 'per', pattern: 'per(?= (?:day|week|month|year|hour|dose|person))', plain: ['a', 'each'], per: true},
  {text: 'Tel', pattern: 'Tel\\.?(?=\\s?[:0-9(+])|tel\\.?(?=\\s?[:0-9(+])', plain: ['Phone'], caseSensitive: true},
  {text: 'Ext', pattern: '[Ee]xt\\.?(?=\\s?\\d)', plain: ['extension'], caseSensitive: true},
  {text: 'No.', pattern: '[Nn]o\\.(?=\\s?\\d)', plain: ['number'], caseSensitive: true},
  {text: 'Mon–Fri', pattern: 'Mon\\.?\\s?(?:-|–|—|to)\\s?Fri\\.?', plain: ['Monday to Friday'], caseSensitive: true},
  {text: 'Mon–Sat', pattern: 'Mon\\.?\\s?(?:-|–|—|to)\\s?Sat\\.?', plain: ['Monday to Saturday'], caseSensitive: true},
  {text: 'Mon', pattern: 'Mon\\.?(?=\\s?\\d)', plain: ['Monday'], caseSensitive: true},
  {text: 'Tues', pattern: 'Tue(?:s)?\\.?(?=\\s?\\d)', plain: ['Tuesday'], caseSensitive: true},
  {text: 'Wed', pattern: 'Wed\\.?(?=\\s?\\d)', plain: ['Wednesday'], caseSensitive: true},
  {text: 'Thurs', pattern: 'Thu(?:rs?)?\\.?(?=\\s?\\d)', plain: ['Thursday'], caseSensitive: true},
  {text: 'Fri', pattern: 'Fri\\.?(?=\\s?\\d)', plain: ['Friday'], caseSensitive: true},
  {text: 'Sat', pattern: 'Sat\\.?(?=\\s?\\d)', plain: ['Saturday'], caseSensitive: true},
  {text: 'Sun', pattern: 'Sun\\.?(?=\\s?\\d)', plain: ['Sunday'], caseSensitive: true},
  {text: 'mg', pattern: 'mg', plain: ['milligrams'], caseSensitive: true},
  {text: 'mcg', pattern: 'mcg|µg', plain: ['micrograms'], caseSensitive: true},
  {text: 'ml', pattern: 'ml|mL', plain: ['millilitres'], caseSensitive: true},
  {text: 'hrs', pattern: 'hrs?\\.?(?=[\\s,.;:)]|$)', plain: ['hours'], caseSensitive: true},
  {text: 'mins', pattern: 'mins?\\.?(?=[\\s,.;:)]|$)', plain: ['minutes'], caseSensitive: true},
  {text: 'appt', pattern: 'appts?\\.?', plain: ['appointment']},
  {text: 'tbc', pattern: 'tbc', plain: ['to be agreed'], caseSensitive: true},
  {text: 'w/c', pattern: 'w/c', plain: ['week starting']},
];
