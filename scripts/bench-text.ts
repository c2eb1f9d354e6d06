/**
 * A deterministic generator of patient-information-style text for the benchmark.
 *
 * The text reads like an NHS leaflet written by different hands: short easy-read
 * sentences, long official ones with jargon, numbers, times, dates and phone numbers,
 * in sections of a heading line followed by paragraphs. It is laid out as a `.txt` file
 * for the checker: one block per line, a blank line between sections. Sentences are
 * assembled from many parts, so almost no two paragraphs are the same and a checker
 * cannot win by caching repeated blocks.
 */

/** A seeded pseudo-random number generator (mulberry32): the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts words as the benchmark does: whitespace-separated pieces with a letter or digit in them. */
export function countWords(text: string): number {
  let words = 0;
  for (const piece of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(piece)) words++;
  return words;
}

const medicines = ['tablets', 'medicine', 'inhaler', 'insulin', 'eye drops', 'cream', 'antibiotics', 'painkillers', 'blood thinners', 'vitamin D'];
const conditions = ['diabetes', 'asthma', 'high blood pressure', 'a chest infection', 'back pain', 'arthritis', 'epilepsy', 'heart failure', 'a kidney stone', 'anaemia'];
const people = ['your doctor', 'your nurse', 'the pharmacist', 'your GP', 'the hospital team', 'your carer', 'a support worker', 'the midwife', 'the dentist'];
const places = ['the hospital', 'your GP surgery', 'the clinic', 'the pharmacy', 'the ward', 'the blood test room', 'the eye unit', 'the x-ray department'];
const feelings = ['dizzy', 'sick', 'tired', 'worried', 'hot', 'short of breath', 'sleepy', 'confused', 'itchy', 'weak'];
const times = ['in the morning', 'at night', 'with food', 'before breakfast', 'after lunch', 'every day', 'twice a day', 'once a week'];
const jargon = [
  'contraindications', 'adverse reactions', 'pharmacological intervention', 'comorbidities', 'subcutaneous administration',
  'haemoglobin concentration', 'multidisciplinary assessment', 'prophylactic treatment', 'symptomatic relief',
  'cardiovascular complications', 'therapeutic monitoring', 'hypoglycaemic episodes', 'nephrological review',
];
const officialVerbs = ['facilitate', 'commence', 'utilise', 'endeavour to provide', 'ascertain', 'discontinue', 'expedite', 'administer'];
const headings = [
  'About {condition}', 'How to take your {medicine}', 'What happens next', 'Your appointment', 'Who can help',
  'When to get help', 'Side effects', 'Before your visit', 'After your visit', 'Staying well', 'Your rights',
  'Looking after yourself at home', 'Tests you may have', 'Questions to ask',
];

const short = [
  'Take your {medicine} {time}.',
  'Call {person} if you feel {feeling}.',
  'Come to {place} at {clock}.',
  'Bring a list of your {medicine}.',
  'You may feel {feeling}.',
  'This is normal.',
  'Do not drive.',
  'Ask {person} for help.',
  'Rest at home for {number} days.',
  'Drink plenty of water.',
  'Phone {phone} to talk to us.',
  'Take {number} {medicine} {time}.',
  'Your visit is on {date}.',
  'It will take about {number} minutes.',
  'Tell {person} if you have {condition}.',
  'You can bring a friend.',
];

const long = [
  'If you experience any {jargon} following the administration of your {medicine}, such as feeling {feeling} or {feeling2}, you should contact {person} or {person2} as soon as reasonably possible.',
  'Patients with {condition} who are receiving {jargon} may be required to attend {place} on a regular basis so that {person} can {official} a full review of their ongoing treatment plan.',
  'In order to {official} your appointment, it is essential that you arrive at {place} no later than {number} minutes before {clock}, bringing with you any documentation relating to your {medicine}.',
  'Although most people tolerate their {medicine} well, a small proportion of individuals with {condition} may develop {jargon}, which can necessitate a change of dose or an alternative course of treatment.',
  'We will endeavour to send you a letter within {number} working days, and if you have not heard from us by {date} you are advised to telephone {phone} between {clock} and {clock2}.',
  'It is important that you do not {official} your {medicine} without first discussing the potential {jargon} with {person}, because stopping suddenly can make {condition} considerably worse.',
  'The {jargon} that was carried out at {place} indicated that further investigations may be warranted, and {person} will explain the results and the options available to you at your next appointment.',
  'Your {medicine} was prescribed by {person} after a {jargon} of your symptoms, and you should continue to take it {time} unless you are told otherwise by a healthcare professional.',
];

type Slot = 'medicine' | 'condition' | 'person' | 'person2' | 'place' | 'feeling' | 'feeling2' | 'time' | 'jargon' | 'official' | 'number' | 'clock' | 'clock2' | 'date' | 'phone';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Picks parts and fills templates from one random stream. */
class Writer {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = seededRandom(seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  fill(template: string): string {
    return template.replace(/\{(\w+)\}/g, (_, slot: string) => this.slot(slot as Slot));
  }

  private slot(slot: Slot): string {
    switch (slot) {
      case 'medicine':
        return this.pick(medicines);
      case 'condition':
        return this.pick(conditions);
      case 'person':
      case 'person2':
        return this.pick(people);
      case 'place':
        return this.pick(places);
      case 'feeling':
      case 'feeling2':
        return this.pick(feelings);
      case 'time':
        return this.pick(times);
      case 'jargon':
        return this.pick(jargon);
      case 'official':
        return this.pick(officialVerbs);
      case 'number':
        return String(this.between(2, 30));
      case 'clock':
      case 'clock2':
        return `${this.between(8, 17)}:${this.pick(['00', '15', '30', '45'])}`;
      case 'date':
        return `${this.between(1, 28)} ${this.pick(months)} 2026`;
      case 'phone':
        return `0${this.between(100, 999)} ${this.between(100, 999)} ${this.between(1000, 9999)}`;
    }
  }

  /** One sentence: mostly short, sometimes long and official. */
  sentence(): string {
    return this.fill(this.chance(0.3) ? this.pick(long) : this.pick(short));
  }
}

/**
 * Returns about `words` words (within one sentence of it, never fewer) of patient
 * information, the same every time for the same `words` and `seed`.
 */
export function patientText(words: number, seed = 1): string {
  const writer = new Writer(seed);
  const lines: string[] = [];
  let count = 0;
  const add = (line: string) => {
    lines.push(line);
    count += countWords(line);
  };
  while (count < words) {
    if (lines.length > 0) lines.push('');
    add(writer.fill(writer.pick(headings)));
    const paragraphs = writer.between(2, 5);
    for (let p = 0; p < paragraphs && count < words; p++) {
      const sentences: string[] = [];
      const size = writer.between(1, 4);
      let paragraphWords = 0;
      for (let s = 0; s < size && count + paragraphWords < words; s++) {
        const sentence = writer.sentence();
        sentences.push(sentence);
        paragraphWords += countWords(sentence);
      }
      if (sentences.length > 0) add(sentences.join(' '));
    }
  }
  return `${lines.join('\n')}\n`;
}
