import {rowsFile} from '../document/rows-file.js';
import type {ReleaseView} from '../viewer/release-source.js';

/** A short leaflet for the docs page's live `<er-document>`, so it shows without a server. */
export const sampleRelease: ReleaseView = {
  id: 'docs-sample',
  credit: null,
  releasedAt: '2026-11-12T09:00:00Z',
  reviewBy: '2027-11-12',
  supersededBy: null,
  pictureCredits: [],
  content: rowsFile('Going to hospital', [{text: 'You have a visit to the hospital.'}, {text: 'Bring your letter with you.'}], {
    audience: 'Patients',
    owner: 'Docs',
    written: '2026-11-12',
    reviewBy: '2027-11-12',
  }),
};
