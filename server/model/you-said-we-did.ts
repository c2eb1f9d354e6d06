/**
 * "You said, we did": an easy read page for the reviewers of a round, with every
 * feedback item and what the author did about it. One self-contained HTML page:
 * no scripts, inline CSS only, large sans-serif text, one item per row, and it
 * prints. Every piece of text from people is escaped.
 *
 * @module
 */
import type {Db} from '../db/schema.js';
import type {UserActor} from './actor.js';
import {roundResults, type FeedbackItem} from './results.js';
import {loadRound} from './rounds.js';

const style = `
body{font-family:Arial,Helvetica,sans-serif;font-size:1.5rem;line-height:1.5;color:#000;background:#fff;margin:2rem auto;max-width:50rem;padding:0 1rem}
h1{font-size:2.25rem;margin:0 0 1rem}h2{font-size:1.75rem;margin:2rem 0 1rem}
ol{list-style:none;padding:0;margin:0}
li{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem;border-top:3px solid #005eb8;padding:1rem 0;break-inside:avoid}
.said,.did{margin:0}.label{display:block;font-weight:bold}
@media print{body{margin:0;max-width:none;font-size:16pt}li{border-color:#000}}
`.trim();

/** The page for round `roundId`. Anyone who may read its document. */
export async function youSaidWeDidHtml(db: Db, actor: UserActor, roundId: string): Promise<{html: string; filename: string}> {
  const {round} = await loadRound(db, actor, roundId);
  const results = await roundResults(db, round);
  const version = await db.selectFrom('versions').select(['title', 'number']).where('id', '=', round.version_id).executeTakeFirstOrThrow();
  const title = version.title || 'Our document';
  const rows = results.items.map(itemRow).join('\n');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>You said, we did: ${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
<h1>You said, we did</h1>
<p>Thank you for checking <strong>${escapeHtml(title)}</strong> (review ${round.number}).</p>
<p>Here is what you told us, and what we did.</p>
<h2>What you told us</h2>
${results.items.length === 0 ? '<p>You did not ask us to change anything.</p>' : `<ol>\n${rows}\n</ol>`}
</body>
</html>
`;
  return {html, filename: `you-said-we-did-review-${round.number}.html`};
}

function itemRow(item: FeedbackItem): string {
  return `<li><p class="said"><span class="label">You said:</span> ${escapeHtml(item.text)}</p><p class="did"><span class="label">We did:</span> ${escapeHtml(weDid(item))}</p></li>`;
}

function weDid(item: FeedbackItem): string {
  if (!item.response) return 'We are still looking at this.';
  if (item.response.action === 'changed') {
    return item.response.reason ? `We changed it. ${item.response.reason}` : 'We changed it.';
  }
  return `We did not change it. ${item.response.reason}`;
}

/** Text made safe to put in HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c] ?? c);
}
