import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {FetchReviewApi, ReviewApiError} from './review-api.js';

/** A `fetch` that records each request and answers with the given status and body. */
function fakeFetch(status: number, body: unknown, sent: {url: string; method: string; body?: string; headers: unknown}[]): typeof fetch {
  return async (input, init) => {
    sent.push({url: String(input), method: init?.method ?? 'GET', headers: init?.headers, ...(typeof init?.body === 'string' ? {body: init.body} : {})});
    return new Response(body === undefined ? null : JSON.stringify(body), {status});
  };
}

describe('FetchReviewApi', () => {
  it('calls the review link routes of the contract, with no CSRF token', async () => {
    const sent: {url: string; method: string; body?: string; headers: unknown}[] = [];
    const api = new FetchReviewApi({fetch: fakeFetch(200, {}, sent)});
    await api.open('a/b');
    await api.saveAnswer('tok', 'p 1', {understood: 'not-sure', hardWords: [{word: 'blood', start: 5, end: 10}]});
    await api.sendVerdict('tok', 'revise', 'Too long');
    await api.sendVerdict('tok', 'approve');
    assert.deepEqual(
      sent.map(({url, method, body}) => [method, url, body]),
      [
        ['GET', '/api/invite/a%2Fb', undefined],
        ['PUT', '/api/invite/tok/answers/p%201', '{"understood":"not-sure","hardWords":[{"word":"blood","start":5,"end":10}]}'],
        ['POST', '/api/invite/tok/verdict', '{"verdict":"revise","comment":"Too long"}'],
        ['POST', '/api/invite/tok/verdict', '{"verdict":"approve"}'],
      ]
    );
    assert.ok(!JSON.stringify(sent.map((request) => request.headers)).toLowerCase().includes('csrf'));
  });

  it('turns refusals into errors that say whether the check has ended', async () => {
    for (const [status, ended, notFound] of [[409, true, false], [410, true, false], [404, false, true], [500, false, false]] as const) {
      const api = new FetchReviewApi({fetch: fakeFetch(status, {error: 'plain words'}, [])});
      await assert.rejects(api.saveAnswer('t', 'p', {understood: 'yes'}), (error: unknown) => {
        assert.ok(error instanceof ReviewApiError);
        assert.deepEqual([error.status, error.message, error.ended, error.notFound], [status, 'plain words', ended, notFound]);
        return true;
      });
    }
  });

  it('says so when the server cannot be reached', async () => {
    const api = new FetchReviewApi({fetch: async () => Promise.reject(new TypeError('Failed to fetch'))});
    await assert.rejects(api.open('t'), (error: unknown) => error instanceof ReviewApiError && error.status === 0);
  });
});
