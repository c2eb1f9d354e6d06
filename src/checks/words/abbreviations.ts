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
  ['AAA', 'abdominal aortic aneurysm'],
  ['ACP', 'advance care plan'],
  ['ADHD', 'attention deficit hyperactivity disorder'],
  ['AED', 'automated external defibrillator'],
  ['AF', 'atrial fibrillation'],
  ['AIDS', 'acquired immune deficiency syndrome'],
  ['AMHP', 'approved mental health professional'],
  ['ASAP', 'as soon as possible'],
  ['ASD', 'autism spectrum disorder'],
  ['BMI', 'body mass index'],
  ['BNF', 'British National Formulary'],
  ['BP', 'blood pressure'],
  ['BSL', 'British Sign Language'],
  ['CAB', 'Citizens Advice'],
  ['CAMHS', 'children and young people’s mental health services'],
  ['CBT', 'cognitive behavioural therapy'],
  ['CCG', 'clinical commissioning group'],
  ['CHC', 'continuing healthcare'],
  ['CKD', 'chronic kidney disease'],
  ['CMHT', 'community mental health team'],
  ['COPD', 'chronic obstructive pulmonary disease'],
  ['CPN', 'community psychiatric nurse'],
  ['CPR', 'cardiopulmonary resuscitation'],
  ['CQC', 'Care Quality Commission'],
  ['CSF', 'cerebrospinal fluid'],
  ['CT', 'computerised tomography'],
  ['CVD', 'cardiovascular disease'],
  ['DNACPR', 'do not attempt cardiopulmonary resuscitation'],
  ['DOB', 'date of birth'],
  ['DOLS', 'Deprivation of Liberty Safeguards'],
  ['DVT', 'deep vein thrombosis'],
  ['DWP', 'Department for Work and Pensions'],
  ['ECG', 'electrocardiogram'],
  ['ECT', 'electroconvulsive therapy'],
  ['EEG', 'electroencephalogram'],
  ['EHCP', 'education, health and care plan'],
  ['EIP', 'early intervention in psychosis'],
  ['ENT', 'ear, nose and throat'],
  ['EPR', 'electronic patient record'],
  ['FBC', 'full blood count'],
  ['FGM', 'female genital mutilation'],
  ['FIT', 'faecal immunochemical test'],
  ['GAD', 'generalised anxiety disorder'],
  ['GMC', 'General Medical Council'],
  ['GUM', 'genito-urinary medicine'],
  ['HCA', 'healthcare assistant'],
  ['HDU', 'high dependency unit'],
  ['HIV', 'human immunodeficiency virus'],
  ['HPV', 'human papillomavirus'],
  ['HRT', 'hormone replacement therapy'],
  ['IAPT', 'Improving Access to Psychological Therapies'],
  ['IBD', 'inflammatory bowel disease'],
  ['IBS', 'irritable bowel syndrome'],
  ['ICB', 'integrated care board'],
  ['ICU', 'intensive care unit'],
  ['INR', 'international normalised ratio'],
  ['ITU', 'intensive therapy unit'],
  ['IUD', 'intrauterine device'],
  ['IV', 'intravenous'],
  ['LD', 'learning disability'],
  ['LFT', 'liver function test'],
  ['LMP', 'last menstrual period'],
  ['LPA', 'lasting power of attorney'],
  ['MAOI', 'monoamine oxidase inhibitor'],
  ['MCA', 'Mental Capacity Act'],
  ['MDT', 'multidisciplinary team'],
  ['ME', 'myalgic encephalomyelitis'],
  ['MIU', 'minor injuries unit'],
  ['MMR', 'measles, mumps and rubella'],
  ['MND', 'motor neurone disease'],
  ['MRI', 'magnetic resonance imaging'],
  ['MS', 'multiple sclerosis'],
  ['NBM', 'nil by mouth'],
  ['NICE', 'National Institute for Health and Care Excellence'],
  ['NIPT', 'non-invasive prenatal testing'],
  ['NMC', 'Nursing and Midwifery Council'],
  ['NOK', 'next of kin'],
  ['NSAID', 'non-steroidal anti-inflammatory drug'],
  ['OCD', 'obsessive compulsive disorder'],
  ['OOH', 'out of hours'],
  ['OPD', 'outpatient department'],
  ['OT', 'occupational therapist'],
  ['OTC', 'over the counter'],
  ['PALS', 'Patient Advice and Liaison Service'],
  ['PCN', 'primary care network'],
  ['PCR', 'polymerase chain reaction'],
  ['PHSO', 'Parliamentary and Health Service Ombudsman'],
  ['PICU', 'psychiatric intensive care unit'],
  ['PIP', 'Personal Independence Payment'],
  ['PMS', 'premenstrual syndrome'],
  ['PPE', 'personal protective equipment'],
  ['PSA', 'prostate-specific antigen'],
  ['PTSD', 'post-traumatic stress disorder'],
  ['RA', 'rheumatoid arthritis'],
  ['RSV', 'respiratory syncytial virus'],
  ['SALT', 'speech and language therapy'],
  ['SCR', 'summary care record'],
  ['SLT', 'speech and language therapy'],
  ['SMS', 'text message'],
  ['SNRI', 'serotonin and noradrenaline reuptake inhibitor'],
  ['SSRI', 'selective serotonin reuptake inhibitor'],
  ['STI', 'sexually transmitted infection'],
  ['TB', 'tuberculosis'],
  ['TENS', 'transcutaneous electrical nerve stimulation'],
  ['TIA', 'transient ischaemic attack'],
  ['TTA', 'medicines to take away'],
  ['TTO', 'medicines to take home'],
  ['U&E', 'urea and electrolytes'],
  ['UTC', 'urgent treatment centre'],
  ['UTI', 'urinary tract infection'],
  ['VTE', 'venous thromboembolism'],
]);

/**
 * Abbreviations written like a well-known one but meaning something else, keyed as their
 * plural, with their full form: NHS admin shorthand "DNAs" ("patients who DNA", did not
 * attend) is not the genetic DNA. `hard-term-scan.ts` decides from use which sense it is.
 */
export const otherSenses: ReadonlyMap<string, string> = new Map([['DNAs', 'did not attend']]);

/** The full form of a spell-out-first abbreviation or other sense, or `undefined`. */
export function fullFormOf(key: string): string | undefined {
  return knownAbbreviations.get(key) ?? otherSenses.get(key);
}

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
