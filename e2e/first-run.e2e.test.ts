import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {useApp} from './app-fixture.js';
import {admin, apiClient, editorText, saveStatus, signInThroughForm, waitForText} from './support.js';

describe('first run against the server', {timeout: 120_000}, () => {
  const fixture = useApp();

  it('sets up the first admin, signs in, writes a document that is saved, and finds it after a reload', async () => {
    const {context, page, errors} = await fixture.newPage();

    // Setup, with the keyboard alone.
    await page.getByRole('heading', {name: 'Set up Easy Read Studio'}).waitFor();
    await page.getByLabel('Your name').focus();
    await page.keyboard.type(admin.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(admin.password);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', {name: 'Your team’s documents'}).waitFor();
    await waitForText(page.locator('er-app .app__user p'), `Signed in as ${admin.name}`);

    // Sign out, and in again through the form.
    await page.getByRole('button', {name: 'Sign out', exact: true}).click();
    await page.getByRole('heading', {name: 'Sign in'}).waitFor();
    await waitForText(page.locator('er-app .app__notice'), 'You are signed out.');
    await signInThroughForm(page, admin);

    // A new document: type its title and a line, see "Saved".
    await page.getByRole('button', {name: 'New document'}).click();
    await editorText(page).waitFor();
    assert.match(new URL(page.url()).hash, /^#\/documents\/[\w-]+$/);
    await page.locator('er-editor .er-title').click();
    await page.keyboard.type('Going to hospital');
    await page.locator('er-editor .ProseMirror p').first().click();
    await page.keyboard.type('Bring your letter with you.');
    await waitForText(saveStatus(page), 'Saved');

    // The server has it.
    const id = decodeURIComponent(new URL(page.url()).hash.slice('#/documents/'.length));
    const api = apiClient(fixture.app);
    await api.signIn(admin.email, admin.password);
    const stored = await api.getDocument(id);
    assert.equal(stored.title, 'Going to hospital');
    assert.match(JSON.stringify(stored.content.doc), /Bring your letter with you\./);

    // After a reload the document opens with the text.
    await page.reload();
    await waitForText(editorText(page), /Going to hospital.*Bring your letter with you\./);
    await waitForText(saveStatus(page), 'Saved');

    // The list shows it with its status, owner and who saved it; search finds it.
    await page.getByRole('link', {name: 'Documents', exact: true}).click();
    const item = page.locator('er-team-document-list .item').filter({hasText: 'Going to hospital'});
    await waitForText(item.locator('.item__facts'), /Status\s*Draft\s*Owner\s*Ada Admin\s*Review by\s*Not set/);
    await page.getByLabel('Words in the title').fill('nothing like it');
    await page.getByRole('button', {name: 'Search'}).click();
    await waitForText(page.locator('er-team-document-list .team__status'), /No documents match/);
    await page.getByLabel('Words in the title').fill('hospital');
    await page.keyboard.press('Enter');
    await waitForText(page.locator('er-team-document-list .team__status'), '1 document found.');
    await page.screenshot({path: '/tmp/er-e2e-first-run-list.png', fullPage: true});
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('lets the admin add an author on the People screen, who can then sign in', async () => {
    const {context, page, errors} = await fixture.signIn(admin, {width: 640, height: 900});
    await page.getByRole('link', {name: 'People'}).click();
    await page.getByRole('heading', {name: 'People', level: 1}).waitFor();
    await page.getByLabel('Name', {exact: true}).fill('Bea Author');
    await page.getByLabel('Email address', {exact: true}).fill('bea@example.nhs.uk');
    await page.getByLabel('Temporary password').fill('a temporary password');
    await page.getByRole('button', {name: 'Add this person'}).click();
    await waitForText(page.locator('er-people-screen .status'), 'Bea Author was added as an author.');
    // No sideways scrolling at 640 px (WCAG reflow at 200% zoom), here and on the other screens.
    const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.equal(await noSidewaysScroll(), true, 'people');
    await page.screenshot({path: '/tmp/er-e2e-people-640.png', fullPage: true});
    await page.getByRole('link', {name: 'Documents', exact: true}).click();
    await page.getByRole('link', {name: 'Going to hospital'}).click();
    await waitForText(saveStatus(page), 'Saved');
    assert.equal(await noSidewaysScroll(), true, 'a document');
    await page.screenshot({path: '/tmp/er-e2e-document-640.png'});
    await page.getByRole('link', {name: '← All documents'}).click();
    await page.getByRole('heading', {name: 'Your team’s documents'}).waitFor();
    assert.equal(await noSidewaysScroll(), true, 'the list');
    await page.screenshot({path: '/tmp/er-e2e-list-640.png', fullPage: true});

    const author = await fixture.signIn({name: 'Bea Author', email: 'bea@example.nhs.uk', password: 'a temporary password'});
    assert.equal(await author.page.getByRole('link', {name: 'People'}).count(), 0, 'authors do not manage people');
    assert.deepEqual(errors, []);
    await author.context.close();
    await context.close();
  });
});
