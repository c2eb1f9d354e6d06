/**
 * Idioms, metaphors and euphemisms that people with learning disabilities may read
 * literally, most of them about health and feelings. Curated for this project (the large
 * npm idiom lists are too noisy, see easy-read-rules.md §3).
 *
 * `pattern` is a regular-expression source, matched case-insensitively between word
 * boundaries. `{your}` stands for a possessive (your, my, his, her, their, our, the) and
 * `{feel}` for a form of "feel". `plain` is what to say instead, where one literal phrase
 * fits (a `{feel}` there repeats the form found: "felt blue" → "felt sad"); otherwise the
 * check only asks for plain words.
 */
export interface Idiom {
  /** The idiom as people know it, for messages. */
  readonly phrase: string;
  readonly pattern: string;
  /** What it means, in plain words, when one phrase can replace it. */
  readonly plain?: readonly string[];
}

/** Health idioms and metaphors (own list). */
export const idioms: readonly Idiom[] = [
  {phrase: 'under the weather', pattern: 'under the weather', plain: ['unwell', 'ill']},
  {phrase: 'on the mend', pattern: 'on the mend', plain: ['getting better']},
  {phrase: 'butterflies in your stomach', pattern: 'butterflies in {your} (?:stomach|tummy)', plain: ['nervous']},
  {phrase: 'feeling blue', pattern: '{feel} blue', plain: ['{feel} sad']},
  {phrase: 'a clean bill of health', pattern: 'a clean bill of health'},
  {phrase: 'back on your feet', pattern: 'back on {your} feet', plain: ['well again']},
  {phrase: 'feeling run down', pattern: '{feel} run[ -]down', plain: ['{feel} tired and unwell']},
  {phrase: 'out of sorts', pattern: 'out of sorts', plain: ['unwell', 'not yourself']},
  {phrase: 'at death’s door', pattern: 'at death[\'’]s door', plain: ['very ill']},
  {phrase: 'fit as a fiddle', pattern: '(?:as )?fit as a fiddle', plain: ['very healthy']},
  {phrase: 'right as rain', pattern: '(?:as )?right as rain', plain: ['well again']},
  {phrase: 'in the pink', pattern: 'in the pink', plain: ['healthy']},
  {phrase: 'sick as a dog', pattern: '(?:as )?sick as a dog', plain: ['very sick']},
  {phrase: 'green around the gills', pattern: 'green (?:around|about) the gills', plain: ['looking sick']},
  {phrase: 'a frog in your throat', pattern: 'a frog in {your} throat', plain: ['a croaky voice']},
  {phrase: 'on your last legs', pattern: 'on {your} last legs', plain: ['very weak']},
  {phrase: 'kick the bucket', pattern: 'kick(?:s|ed|ing)? the bucket'},
  {phrase: 'pass away', pattern: 'pass away', plain: ['die']},
  {phrase: 'passed away', pattern: 'passed away', plain: ['died']},
  {phrase: 'passes away', pattern: 'passes away', plain: ['dies']},
  {phrase: 'passing away', pattern: 'passing away', plain: ['dying']},
  {phrase: 'lost their battle', pattern: 'lost (?:his|her|their|a|the) (?:battle|fight)'},
  {phrase: 'battling cancer', pattern: '(?:battling|fighting) (?:cancer|the disease|the illness)'},
  {phrase: 'a silent killer', pattern: 'a silent killer'},
  {phrase: 'a ticking time bomb', pattern: 'a ticking time ?bomb'},
  {phrase: 'a wake-up call', pattern: 'a wake[ -]?up call', plain: ['a warning']},
  {phrase: 'a bitter pill to swallow', pattern: 'a bitter pill(?: to swallow)?', plain: ['hard to accept']},
  {phrase: 'take a turn for the worse', pattern: '(?:take|takes|took|taken) a turn for the worse'},
  {phrase: 'out of the woods', pattern: 'out of the woods', plain: ['safe']},
  {phrase: 'touch and go', pattern: 'touch and go', plain: ['very uncertain']},
  {phrase: 'on the road to recovery', pattern: 'on the road to recovery', plain: ['getting better']},
  {phrase: 'turn a corner', pattern: '(?:turn|turns|turned|turning) (?:a|the) corner'},
  {phrase: 'bounce back', pattern: 'bounc(?:e|es|ed|ing) back'},
  {phrase: 'a bag of nerves', pattern: 'a (?:bag|bundle) of nerves', plain: ['very worried']},
  {phrase: 'a nervous wreck', pattern: 'a nervous wreck', plain: ['very worried']},
  {phrase: 'off colour', pattern: 'off[ -]colou?r', plain: ['unwell']},
  {phrase: 'down in the dumps', pattern: 'down in the dumps', plain: ['sad']},
  {phrase: 'over the moon', pattern: 'over the moon', plain: ['very happy']},
  {phrase: 'on cloud nine', pattern: 'on cloud nine', plain: ['very happy']},
  {phrase: 'at the end of your tether', pattern: 'at the end of {your} tether', plain: ['very stressed']},
  {phrase: 'burn the candle at both ends', pattern: 'burn(?:ing|s|t|ed)? the candle at both ends'},
  {phrase: 'let off steam', pattern: '(?:let|letting|blow|blowing) off steam'},
  {phrase: 'get something off your chest', pattern: 'off {your} chest', plain: ['talk about it']},
  {phrase: 'a weight off your shoulders', pattern: 'a weight off {your} (?:shoulders|mind)', plain: ['a relief']},
  {phrase: 'keep your chin up', pattern: 'keep {your} chin up', plain: ['try to stay positive']},
  {phrase: 'a pain in the neck', pattern: 'a pain in the neck', plain: ['annoying']},
  {phrase: 'walking on eggshells', pattern: 'walk(?:ing)? on eggshells'},
  {phrase: 'sleep like a log', pattern: 'sle(?:ep|pt|eping) like a log'},
  {phrase: 'under the knife', pattern: '(?:go|going|went) under the knife'},
  {phrase: 'piece of cake', pattern: 'a piece of cake', plain: ['easy']},
  {phrase: 'raining cats and dogs', pattern: 'raining cats and dogs', plain: ['raining hard']},
  {phrase: 'bite the bullet', pattern: 'bit(?:e|es|ing)? the bullet'},
  {phrase: 'the tip of the iceberg', pattern: 'the tip of the iceberg', plain: ['a small part of the problem']},
  {phrase: 'light at the end of the tunnel', pattern: 'light at the end of the tunnel'},
  {phrase: 'in hot water', pattern: 'in hot water', plain: ['in trouble']},
  {phrase: 'a shot in the arm', pattern: 'a shot in the arm', plain: ['a boost']},
  {phrase: 'hit the nail on the head', pattern: 'hit the nail on the head', plain: ['got it exactly right']},
  {phrase: 'keep an eye on', pattern: 'keep an eye on', plain: ['watch', 'check']},
  {phrase: 'keep an eye on', pattern: '(?:keeps|keeping|kept) an eye on'},
  {phrase: 'at the end of the day', pattern: 'at the end of the day', plain: ['in the end']},
  {phrase: 'the ball is in your court', pattern: 'the ball is in {your} court', plain: ['it is your choice']},
  {phrase: 'jump the gun', pattern: 'jump(?:s|ed|ing)? the gun'},
  {phrase: 'a rollercoaster', pattern: 'an? (?:emotional )?roller ?coaster', plain: ['many ups and downs']},
  {phrase: 'head over heels', pattern: 'head over heels'},
  {phrase: 'lose your marbles', pattern: 'los(?:e|ing|t) {your} marbles'},
  {phrase: 'a heart of gold', pattern: 'a heart of gold', plain: ['very kind']},
  {phrase: 'break the ice', pattern: 'break(?:ing)? the ice'},
  {phrase: 'cost an arm and a leg', pattern: 'an arm and a leg', plain: ['a lot of money']},
  {phrase: 'stiff upper lip', pattern: 'stiff upper lip'},
  {phrase: 'feeling low', pattern: '{feel} low in (?:yourself|myself|himself|herself|themselves)', plain: ['{feel} sad']},
];
