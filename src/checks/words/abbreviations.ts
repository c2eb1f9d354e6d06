/**
 * Abbreviation lists for the abbreviations and no-all-caps checks. Written for this project;
 * the "well known" set follows the NHS content guide ("NHS", "GP", "A&E", "UK", "OK" need no
 * spelling out) and the NHS A to Z entries for CT, MRI and DNA.
 */

/**
 * Abbreviations readers know, which never need spelling out (upper case, as written).
 * Plurals ("GPs") are allowed too.
 */
export const wellKnownAbbreviations: ReadonlySet<string> = new Set([
  'NHS', 'GP', 'A&E', 'UK', 'OK', 'ID', 'TV', 'DNA', 'COVID', 'AM', 'PM', 'PIN', 'SIM', 'USB', 'BBC', 'PDF',
]);

/**
 * Abbreviations a document may use if it spells them out (or explains them) at first use,
 * with their full form. The full form is offered as a fix.
 */
export const knownAbbreviations: ReadonlyMap<string, string> = new Map([
  ['ADHD', 'attention deficit hyperactivity disorder'],
  ['AIDS', 'acquired immune deficiency syndrome'],
  ['ASAP', 'as soon as possible'],
  ['ASD', 'autism spectrum disorder'],
  ['BMI', 'body mass index'],
  ['BP', 'blood pressure'],
  ['BSL', 'British Sign Language'],
  ['CAMHS', 'children and young people’s mental health services'],
  ['COPD', 'chronic obstructive pulmonary disease'],
  ['CPR', 'cardiopulmonary resuscitation'],
  ['CQC', 'Care Quality Commission'],
  ['CT', 'computerised tomography'],
  ['DNACPR', 'do not attempt cardiopulmonary resuscitation'],
  ['DVT', 'deep vein thrombosis'],
  ['ECG', 'electrocardiogram'],
  ['EEG', 'electroencephalogram'],
  ['ENT', 'ear, nose and throat'],
  ['GUM', 'genito-urinary medicine'],
  ['HIV', 'human immunodeficiency virus'],
  ['HPV', 'human papillomavirus'],
  ['HRT', 'hormone replacement therapy'],
  ['IBS', 'irritable bowel syndrome'],
  ['ICB', 'integrated care board'],
  ['ICU', 'intensive care unit'],
  ['IUD', 'intrauterine device'],
  ['IV', 'intravenous'],
  ['LD', 'learning disability'],
  ['MDT', 'multidisciplinary team'],
  ['ME', 'myalgic encephalomyelitis'],
  ['MMR', 'measles, mumps and rubella'],
  ['MND', 'motor neurone disease'],
  ['MRI', 'magnetic resonance imaging'],
  ['MS', 'multiple sclerosis'],
  ['NICE', 'National Institute for Health and Care Excellence'],
  ['NSAID', 'non-steroidal anti-inflammatory drug'],
  ['OCD', 'obsessive compulsive disorder'],
  ['OT', 'occupational therapist'],
  ['OTC', 'over the counter'],
  ['PALS', 'Patient Advice and Liaison Service'],
  ['PCR', 'polymerase chain reaction'],
  ['PIP', 'Personal Independence Payment'],
  ['PMS', 'premenstrual syndrome'],
  ['PPE', 'personal protective equipment'],
  ['PTSD', 'post-traumatic stress disorder'],
  ['RSV', 'respiratory syncytial virus'],
  ['SALT', 'speech and language therapy'],
  ['SMS', 'text message'],
  ['STI', 'sexually transmitted infection'],
  ['TB', 'tuberculosis'],
  ['TIA', 'transient ischaemic attack'],
  ['UTI', 'urinary tract infection'],
]);

/**
 * Capitalised short forms that are not abbreviations to spell out: units written in
 * capitals, Roman numerals (checked by roman-numerals) and the like. Upper case.
 */
export const abbreviationAllowances: ReadonlySet<string> = new Set([
  'MG', 'ML', 'KG', 'CM', 'MM', 'KM', 'MCG', 'IU', 'KCAL', 'MMHG', 'MMOL',
  'II', 'III', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
]);

/**
 * Ordinary words people write in capitals for emphasis ("STOP", "DO NOT"). The
 * abbreviations check leaves them to no-all-caps, which asks for normal capitals.
 */
export const shoutedWords: ReadonlySet<string> = new Set([
  'ALWAYS', 'AND', 'BE', 'CALL', 'CARE', 'DANGER', 'DO', 'DONT', 'DON’T', "DON'T", 'EVER', 'FREE',
  'GO', 'HELP', 'IF', 'IMPORTANT', 'IN', 'IS', 'IT', 'KEEP', 'MUST', 'NEVER', 'NEW', 'NO', 'NOT',
  'NOTE', 'NOW', 'ONLY', 'OR', 'PLEASE', 'READ', 'SAFE', 'SEE', 'STOP', 'TAKE', 'THE', 'THIS',
  'TO', 'URGENT', 'WARNING', 'YES', 'YOU', 'YOUR', 'WAIT', 'ASK', 'TELL', 'ALL', 'AT', 'ON',
]);
