/**
 * Words that start a noun phrase: determiners, possessives and object pronouns. After "and"
 * or "or" they show that the link joins two nouns ("you and your carer"), not two clauses.
 */
export const nounStarts: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those',
  'some', 'any', 'other', 'me', 'him', 'them', 'us',
]);
