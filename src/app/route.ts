/**
 * Where the app is: the list of documents, a team document (`#/documents/<id>`; in
 * local-only mode, a document on this computer), a document kept on this computer
 * (`#/local/<id>`), the people screen (`#/people`, admins), or the involvement register
 * (`#/involvement`: the people who check documents), a supporter's group session
 * (`#/group`), or the words the organisation's checkers found hard (`#/checker-words`, admins).
 */
export type Route =
  | {readonly screen: 'list'}
  | {readonly screen: 'document'; readonly id: string}
  | {readonly screen: 'local'; readonly id: string}
  | {readonly screen: 'people'}
  | {readonly screen: 'involvement'}
  | {readonly screen: 'group'}
  | {readonly screen: 'checker-words'};

/** The route an address hash names; anything unknown is the list. */
export function routeFromHash(hash: string): Route {
  if (hash === '#/people') return {screen: 'people'};
  if (hash === '#/involvement') return {screen: 'involvement'};
  if (hash === '#/group') return {screen: 'group'};
  if (hash === '#/checker-words') return {screen: 'checker-words'};
  const match = /^#\/(documents|local)\/([^/]+)$/.exec(hash);
  if (!match) return {screen: 'list'};
  let id: string;
  try {
    id = decodeURIComponent(match[2]!);
  } catch {
    return {screen: 'list'};
  }
  return {screen: match[1] === 'local' ? 'local' : 'document', id};
}
