import assert from 'node:assert/strict';
import {request} from 'node:http';
import {after, before, describe, it} from 'node:test';
import {documentDetailSchema} from '../routes/schemas.js';
import {listen, startTestApp, type Listening, type TestApp} from '../test/harness.js';
import {expectJson, sampleDocument, setUpPeople, type People} from '../test/people.js';

/** Sends `body` over a real socket, in one piece with its length or, with `chunked`, in chunks of unknown length. */
function put(url: string, people: People, body: string, chunked: boolean): Promise<{status: number; text: string}> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      cookie: people.owner.cookie ?? '',
      'x-csrf-token': people.owner.csrfToken ?? '',
    };
    if (!chunked) headers['content-length'] = Buffer.byteLength(body);
    const sent = request(url, {method: 'PUT', headers}, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({status: response.statusCode ?? 0, text}));
    });
    // A server that answers before reading everything may close the socket under the rest.
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (chunked) {
      for (let at = 0; at < body.length; at += 16 * 1024) sent.write(body.slice(at, at + 16 * 1024));
      sent.end();
    } else {
      sent.end(body);
    }
  });
}

describe('the body limit, over real sockets', () => {
  let t: TestApp;
  let server: Listening;
  let people: People;
  let path: string;

  before(async () => {
    t = await startTestApp('sqlite', {maxBodyBytes: 64 * 1024});
    server = await listen(t.app);
    people = await setUpPeople(t);
    path = `/api/documents/${expectJson(await people.owner.post('/api/documents', {title: 'Limits'}), 201, documentDetailSchema).id}/draft`;
  });
  after(async () => {
    await server.close();
    await t.close();
  });

  const draft = (text: string) => JSON.stringify({revision: 1, content: sampleDocument('Limits', text)});

  for (const chunked of [false, true]) {
    const how = chunked ? 'sent in chunks of unknown length' : 'with its length declared';
    it(`refuses a body over the limit ${how}, in plain words`, async () => {
      const answer = await put(server.url + path, people, draft('x'.repeat(100 * 1024)), chunked);
      assert.equal(answer.status, 413);
      assert.match(answer.text, /The request is too large\. The most the server accepts is 64 KB\./);
    });
  }

  it('takes a body under the limit, either way, and GETs as before', async () => {
    const first = await put(server.url + path, people, draft('One.'), false);
    assert.equal(first.status, 200, first.text);
    const second = await put(server.url + path, people, JSON.stringify({revision: 2, content: sampleDocument('Limits', 'Two.')}), true);
    assert.equal(second.status, 200, second.text);
    const stored = expectJson(await people.owner.get(path.replace('/draft', '')), 200, documentDetailSchema);
    assert.equal(stored.revision, 3);
    assert.match(JSON.stringify(stored.content), /Two\./);
  });
});
