import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {MAX_PICTURE_BYTES} from '../pictures/read-picture-file.js';
import {OPENMOJI_CREDIT} from '../pictures/symbol-index.js';
import type {PicturePickEvent} from './events/picture-pick-event.js';
import type {PicturePicker} from './picture-picker.js';
import './picture-picker.js';

// web-test-runner serves the project root, so the tiles load SVGs from the package itself.
const svgBase = '/node_modules/openmoji/color/svg/';

/** Hides the picker's shadow-DOM lookups from the tests. */
class PickerHarness {
  readonly el: PicturePicker;
  constructor(el: PicturePicker) {
    this.el = el;
  }
  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  get dialog(): HTMLDialogElement {
    return this.root.querySelector('dialog')!;
  }
  get search(): HTMLInputElement {
    return this.root.querySelector('#search')!;
  }
  get alt(): HTMLInputElement {
    return this.root.querySelector('#alt')!;
  }
  get fileInput(): HTMLInputElement {
    return this.root.querySelector('#upload')!;
  }
  get placeButton(): HTMLButtonElement {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.picker__button')].find((b) => b.textContent === 'Place picture')!;
  }
  get tiles(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('.tile')];
  }
  get labels(): string[] {
    return this.tiles.map((tile) => tile.querySelector('.tile__label')!.textContent!);
  }
  get status(): string {
    return this.root.querySelector('[role=status]')!.textContent!.trim();
  }
  get errors(): string[] {
    return [...this.root.querySelectorAll('.picker__error')].map((p) => p.textContent!.trim());
  }
  get focused(): Element | null {
    return this.root.activeElement;
  }
  async chooseFile(file: File): Promise<void> {
    const files = new DataTransfer();
    files.items.add(file);
    this.fileInput.files = files.files;
    this.fileInput.dispatchEvent(new Event('change', {bubbles: true}));
    await this.el.updateComplete;
  }
  /** Presses Tab until `target` has focus; fails if it never does. */
  async tabTo(target: Element): Promise<void> {
    for (let i = 0; i < 10 && this.focused !== target; i++) await sendKeys({press: 'Tab'});
    expect(this.focused, 'Tab reaches the element').to.equal(target);
  }
}

async function setupPicker(context?: string): Promise<PickerHarness> {
  const el = await fixture<PicturePicker>(html`<er-picture-picker picture-base-url=${svgBase}></er-picture-picker>`);
  const harness = new PickerHarness(el);
  if (context !== undefined) await el.open(context);
  return harness;
}

/** The SVG text inside a `data:image/svg+xml` URL. */
function svgText(src: string): string {
  expect(src).to.match(/^data:image\/svg\+xml;charset=utf-8,/);
  return decodeURIComponent(src.slice(src.indexOf(',') + 1));
}

async function pngFile(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 4;
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'dot.png', {type: 'image/png'});
}

describe('er-picture-picker', () => {
  it('renders a closed dialog with a heading', async () => {
    const {el, dialog} = await setupPicker();
    expect(dialog.open).to.equal(false);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Choose a picture');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('picker-title');
  });

  it('is accessible', async () => {
    const {el} = await setupPicker();
    await expect(el).to.be.accessible();
  });

  it('is accessible when open, with a picture chosen and an error shown', async () => {
    const picker = await setupPicker('Take your medicine');
    await expect(picker.el).to.be.accessible();
    picker.tiles[0]!.click();
    picker.alt.value = '';
    picker.alt.dispatchEvent(new Event('input'));
    picker.placeButton.click();
    await picker.el.updateComplete;
    expect(picker.errors).to.have.length(1);
    await expect(picker.el).to.be.accessible();
  });

  it('opens as a modal with the search box focused and announces the count', async () => {
    const picker = await setupPicker('');
    expect(picker.dialog.open).to.equal(true);
    expect(picker.dialog.matches(':modal')).to.equal(true);
    expect(picker.focused).to.equal(picker.search);
    expect(picker.status).to.match(/^\d+ pictures found\. Showing the first 48\.$/);
  });

  it('finds a health worker when you search for "doctor"', async () => {
    const picker = await setupPicker('');
    await sendKeys({type: 'doctor'});
    await picker.el.updateComplete;
    expect(picker.labels[0]).to.equal('health worker');
    expect(picker.labels).to.include.members(['man health worker', 'woman health worker']);
    expect(picker.status).to.match(/^\d+ pictures found\.$/);
  });

  it('shows the pill first for the row "take your medicine"', async () => {
    const picker = await setupPicker('take your medicine');
    expect(picker.labels[0]).to.equal('pill');
    expect(picker.tiles[0]!.querySelector('img')!.getAttribute('src')).to.equal(`${svgBase}1F48A.svg`);
  });

  it("opens with the row's key words in the search box and their pictures first", async () => {
    const picker = await setupPicker('Arrive 15 minutes before your appointment');
    expect(picker.search.value).to.equal('arrive minute appointment');
    expect(picker.labels.slice(0, 3)).to.deep.equal(['alarm clock', 'stopwatch', 'calendar']);
    expect(picker.status).to.match(/^Pictures for the words in this row\. \d+ pictures found\./);
    expect(picker.alt.value).to.equal('');
    expect(picker.root.querySelector('#alt-hint')!.textContent).to.match(/^Say what the picture shows/);
    await expect(picker.el).to.be.accessible();
  });

  it("refuses a description that is only the picture's name", async () => {
    const picker = await setupPicker('pill');
    let fired = 0;
    picker.el.addEventListener('picture-pick', () => fired++);
    picker.tiles[0]!.click();
    picker.alt.value = ' Pill ';
    picker.alt.dispatchEvent(new Event('input'));
    picker.placeButton.click();
    await picker.el.updateComplete;
    expect(picker.errors).to.deep.equal(['Say what the picture shows here, not only its name.']);
    expect(picker.focused).to.equal(picker.alt);
    expect(fired).to.equal(0);
    await expect(picker.el).to.be.accessible();
  });

  it('credits OpenMoji with the UK spelling "Licence"', () => {
    expect(OPENMOJI_CREDIT).to.contain('Licence: CC BY-SA 4.0');
  });

  it('shows large tiles with real pictures and big targets', async () => {
    const picker = await setupPicker('phone');
    const img = picker.tiles[0]!.querySelector('img')!;
    await img.decode();
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(img.getBoundingClientRect().width).to.be.at.least(96);
    for (const button of [picker.tiles[0]!, picker.placeButton]) {
      const box = button.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
    }
  });

  it('says so plainly when nothing is found', async () => {
    const picker = await setupPicker('');
    await sendKeys({type: 'zzqx'});
    await picker.el.updateComplete;
    expect(picker.tiles).to.have.length(0);
    expect(picker.status).to.equal('No pictures found. Try a different word.');
  });

  it('works with the keyboard only: type, arrow to a tile, Enter, describe, place', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Add picture</button>`);
    const picker = await setupPicker();
    opener.focus();
    await picker.el.open('');
    await sendKeys({type: 'doctor'});
    await picker.el.updateComplete;
    expect(picker.tiles.filter((tile) => tile.tabIndex === 0)).to.have.length(1, 'one tab stop');
    await sendKeys({press: 'Tab'});
    expect(picker.focused).to.equal(picker.tiles[0]);
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowRight'});
    await sendKeys({press: 'ArrowLeft'});
    const tile = picker.tiles[1]!;
    expect(picker.focused).to.equal(tile);
    expect(tile.textContent).to.contain('stethoscope');
    await sendKeys({press: 'Enter'});
    await picker.el.updateComplete;
    expect(tile.getAttribute('aria-pressed')).to.equal('true');
    expect(picker.alt.value).to.equal('', 'the description starts empty, not with the name');

    await picker.tabTo(picker.alt);
    await sendKeys({type: 'a doctor listens to your chest'});
    await picker.tabTo(picker.placeButton);
    const picked = oneEvent<PicturePickEvent>(picker.el, 'picture-pick');
    await sendKeys({press: 'Enter'});
    const event = await picked;
    expect(event.picture).to.deep.equal({
      src: '/openmoji/1FA7A.svg',
      alt: 'a doctor listens to your chest',
      credit: OPENMOJI_CREDIT,
      licence: 'CC BY-SA 4.0',
      symbol: '1FA7A',
    });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(picker.dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener, 'focus goes back to the opener');
  });

  it('moves by whole rows with Up and Down, and to the ends with Home and End', async () => {
    const picker = await setupPicker('face');
    picker.tiles[0]!.focus();
    const firstRowTop = picker.tiles[0]!.getBoundingClientRect().top;
    const columns = picker.tiles.findIndex((tile) => tile.getBoundingClientRect().top !== firstRowTop);
    expect(columns).to.be.greaterThan(1);
    await sendKeys({press: 'ArrowDown'});
    expect(picker.focused).to.equal(picker.tiles[columns]);
    await sendKeys({press: 'End'});
    expect(picker.focused).to.equal(picker.tiles.at(-1));
    await sendKeys({press: 'Home'});
    expect(picker.focused).to.equal(picker.tiles[0]);
  });

  it('closes with Escape and gives focus back', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Add picture</button>`);
    const picker = await setupPicker();
    opener.focus();
    await picker.el.open('pill');
    picker.tiles[0]!.focus();
    const closed = oneEvent(picker.el, 'close');
    await sendKeys({press: 'Escape'});
    await closed;
    expect(picker.dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('leaves focus where a close listener puts it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Add picture</button><textarea aria-label="Text"></textarea></div>`);
    const text = page.querySelector('textarea')!;
    const picker = await setupPicker();
    picker.el.addEventListener('close', () => text.focus());
    page.querySelector('button')!.focus();
    await picker.el.open('pill');
    const closed = oneEvent(picker.el, 'close');
    picker.el.close();
    await closed;
    expect(document.activeElement).to.equal(text);
  });

  it('in the search box, Escape first clears the words, then closes', async () => {
    const picker = await setupPicker('');
    await sendKeys({type: 'pill'});
    await sendKeys({press: 'Escape'});
    await picker.el.updateComplete;
    expect(picker.search.value).to.equal('');
    expect(picker.labels[0], 'the results follow the cleared box').to.equal('health worker');
    expect(picker.dialog.open).to.equal(true);
    await sendKeys({press: 'Escape'});
    expect(picker.dialog.open).to.equal(false);
  });

  it('needs a description: an empty one shows a plain error and places nothing', async () => {
    const picker = await setupPicker('pill');
    let fired = 0;
    picker.el.addEventListener('picture-pick', () => fired++);
    picker.tiles[0]!.click();
    await picker.el.updateComplete;
    picker.alt.value = '   ';
    picker.alt.dispatchEvent(new Event('input'));
    picker.placeButton.click();
    await picker.el.updateComplete;
    expect(picker.errors).to.deep.equal(['Write a few words that say what the picture shows.']);
    expect(picker.alt.getAttribute('aria-invalid')).to.equal('true');
    expect(picker.alt.getAttribute('aria-describedby')).to.equal('alt-hint alt-error');
    expect(picker.focused).to.equal(picker.alt);
    expect(picker.placeButton.disabled).to.equal(false);
    expect(fired).to.equal(0);
    expect(picker.dialog.open).to.equal(true);
  });

  it('asks for a picture first when none is chosen', async () => {
    const picker = await setupPicker('pill');
    picker.placeButton.click();
    await picker.el.updateComplete;
    expect(picker.errors).to.deep.equal(['Choose a picture first.']);
  });

  it('refuses a file that is too big, in plain words', async () => {
    const picker = await setupPicker('');
    await picker.chooseFile(new File([new Uint8Array(MAX_PICTURE_BYTES + 1)], 'huge.png', {type: 'image/png'}));
    expect(picker.errors).to.deep.equal(['This picture is too big. Choose one under 2 MB.']);
    expect(picker.fileInput.getAttribute('aria-invalid')).to.equal('true');
  });

  it('refuses a file of the wrong type, even when it is named .png', async () => {
    const picker = await setupPicker('');
    await picker.chooseFile(new File(['%PDF-1.7'], 'leaflet.pdf', {type: 'application/pdf'}));
    expect(picker.errors).to.deep.equal(['We cannot use this type of file. Choose a PNG, JPEG or SVG picture.']);
    await picker.chooseFile(new File(['GIF89a'], 'renamed.png', {type: 'image/png'}));
    expect(picker.errors).to.deep.equal(['We cannot use this type of file. Choose a PNG, JPEG or SVG picture.']);
  });

  it('stores an uploaded PNG as a data URL with an editable credit', async () => {
    const picker = await setupPicker('');
    await picker.chooseFile(await pngFile());
    expect(picker.alt.value).to.equal('', 'a file name is not a description');
    const credit = picker.root.querySelector<HTMLInputElement>('#credit')!;
    expect(credit.value).to.equal('Your own picture');
    credit.value = 'Photo by Sam, NHS Leeds';
    credit.dispatchEvent(new Event('input'));
    picker.alt.value = 'a dot';
    picker.alt.dispatchEvent(new Event('input'));
    const picked = oneEvent<PicturePickEvent>(picker.el, 'picture-pick');
    picker.placeButton.click();
    const {picture} = await picked;
    expect(picture.src).to.match(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(picture).to.include({alt: 'a dot', credit: 'Photo by Sam, NHS Leeds', licence: '', symbol: ''});
  });

  it('sanitises a hostile SVG: no scripts, handlers, foreignObject or outside links', async () => {
    const hostile = `<?xml version="1.0"?>
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
        <script>alert(2)</script>
        <foreignObject width="10" height="10"><iframe src="https://evil.example/"></iframe></foreignObject>
        <a href="javascript:alert(3)"><rect width="5" height="5" onclick="alert(4)"/></a>
        <use xlink:href="https://evil.example/sprite.svg#x"/>
        <image href="javascript:alert(5)" width="1" height="1"/>
        <style>@import url(https://evil.example/x.css); circle { fill: red; }</style>
        <defs><linearGradient id="g"><stop offset="0" stop-color="blue"/></linearGradient></defs>
        <circle id="dot" cx="5" cy="5" r="4" fill="url(#g)" style="background: url(https://evil.example/t.png)"/>
        <use href="#dot"/>
      </svg>`;
    const picker = await setupPicker('');
    await picker.chooseFile(new File([hostile], 'logo.svg', {type: 'image/svg+xml'}));
    expect(picker.errors).to.deep.equal([]);
    picker.alt.value = 'our logo';
    picker.alt.dispatchEvent(new Event('input'));
    const picked = oneEvent<PicturePickEvent>(picker.el, 'picture-pick');
    picker.placeButton.click();
    const {picture} = await picked;
    const svg = svgText(picture.src);
    const banned = ['<script', 'alert', 'onload', 'onclick', 'foreignObject', 'iframe', 'javascript:', 'evil.example', '@import', '<use'];
    for (const bad of banned) {
      expect(svg, bad).not.to.contain(bad);
    }
    // DOMPurify drops <use> altogether; local url(#id) references stay.
    expect(svg).to.contain('<circle').and.to.contain('fill="url(#g)"').and.to.contain('<linearGradient id="g">');
    const img = new Image();
    img.src = picture.src;
    await img.decode();
    expect(img.naturalWidth, 'the cleaned SVG still draws').to.be.greaterThan(0);
  });

  it('fits a 320 pixel wide window (400% zoom) without sideways scrolling', async () => {
    const {innerWidth: width, innerHeight: height} = window;
    await setViewport({width: 320, height: 640});
    try {
      const picker = await setupPicker('doctor');
      expect(picker.dialog.scrollWidth).to.be.at.most(picker.dialog.clientWidth);
      expect(picker.dialog.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({width, height});
    }
  });
});
