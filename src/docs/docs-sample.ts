import type {ReleaseView} from '../viewer/release-source.js';

/** A short leaflet for the docs page's live `<er-document>`, so it shows without a server. */
export const sampleRelease: ReleaseView = {
  id: 'docs-sample',
  credit: null,
  releasedAt: '2026-11-12T09:00:00Z',
  reviewBy: '2027-11-12',
  supersededBy: null,
  pictureCredits: [],
  content: {
    format: 'easy-read-studio/1',
    meta: {title: 'Going to hospital', audience: 'Patients', owner: 'Docs', written: '2026-11-12', reviewBy: '2027-11-12'},
    doc: {
      type: 'doc',
      content: [
        {type: 'title', content: [{type: 'text', text: 'Going to hospital'}]},
        {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'You have a visit to the hospital.'}]}]},
        {type: 'row', content: [{type: 'paragraph', content: [{type: 'text', text: 'Bring your letter with you.'}]}]},
      ],
    },
  },
} as unknown as ReleaseView;
