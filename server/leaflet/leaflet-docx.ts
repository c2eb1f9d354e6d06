/**
 * A leaflet as a Word file that comms teams can edit, in the same easy-read layout:
 * each row a borderless two-column table (the picture cell a third of the width,
 * never split across pages), real Heading 1/2/3 styles, 16 pt Arial with 1.5 line
 * spacing, alt text on every picture, page numbers, and the credits at the end.
 *
 * Word cannot be relied on to show SVG, so each OpenMoji picture also carries a PNG
 * made from it by the shared Chromium (`svgToPng`).
 *
 * @module
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import {isSafeHref} from '../../src/document/schema.js';
import type {BrowserPool} from './browser-pool.js';
import {longDate, type Inline, type Leaflet, type LeafletBlock, type LeafletList, type LeafletParagraph} from './leaflet.js';
import {creditLine, type LeafletPicture} from './pictures.js';

const rowPicturePx = 120;
const coverPicturePx = 300;
const none = {style: BorderStyle.NONE, size: 0, color: 'FFFFFF'} as const;
const noBorders = {top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none};

/** Renders `leaflet` as a `.docx` file. SVG pictures get PNG fallbacks from `pool` (which may throw its errors). */
export async function renderLeafletDocx(leaflet: Leaflet, pool: BrowserPool): Promise<Buffer> {
  const pngs = await svgToPng(pool, [leaflet.cover, ...leaflet.blocks.map((b) => (b.kind === 'row' ? b.picture : null))]);
  const image = (picture: LeafletPicture, px: number) => pictureRun(picture, px, pngs);
  const body: (Paragraph | Table)[] = [
    new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun(leaflet.title || 'Untitled leaflet')]}),
    ...(leaflet.cover ? [new Paragraph({spacing: {before: 400, after: 400}, children: [image(leaflet.cover, coverPicturePx)]})] : []),
    ...(leaflet.audience ? [new Paragraph({children: [new TextRun({text: `This leaflet is for: ${leaflet.audience}`, bold: true})]})] : []),
    ...(leaflet.date ? [new Paragraph({children: [new TextRun(longDate(leaflet.date))]})] : []),
    new Paragraph({pageBreakBefore: true, children: []}),
  ];
  for (const block of leaflet.blocks) body.push(...renderBlock(block, image));
  body.push(...renderAbout(leaflet));
  const size = leaflet.settings.fontSizePt * 2;
  const document = new Document({
    title: leaflet.title,
    creator: leaflet.owner || 'Easy Read Studio',
    styles: {
      default: {
        document: {run: {font: 'Arial', size, language: {value: leaflet.language}}, paragraph: {spacing: {line: 360, after: 120}}},
        heading1: {run: {font: 'Arial', size: size * 2, bold: true, color: '003087'}, paragraph: {keepNext: true, spacing: {after: 240}}},
        heading2: {run: {font: 'Arial', size: Math.round(size * 1.5), bold: true, color: '003087'}, paragraph: {keepNext: true, spacing: {before: 360, after: 120}}},
        heading3: {run: {font: 'Arial', size: Math.round(size * 1.2), bold: true, color: '003087'}, paragraph: {keepNext: true, spacing: {before: 240, after: 120}}},
      },
    },
    numbering: {
      config: [
        {reference: 'bullets', levels: [0, 1, 2].map((level) => ({level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: {paragraph: {indent: {left: 400 * (level + 1), hanging: 300}}}}))},
        {reference: 'numbers', levels: [0, 1, 2].map((level) => ({level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: {paragraph: {indent: {left: 400 * (level + 1), hanging: 300}}}}))},
      ],
    },
    sections: [
      {
        properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 907, right: 907, bottom: 1134, left: 907}}},
        footers: {
          default: new Footer({
            children: [new Paragraph({alignment: AlignmentType.RIGHT, children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]})]})],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

type Image = (picture: LeafletPicture, px: number) => ImageRun;

function renderBlock(block: LeafletBlock, image: Image): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'row':
      return [
        new Table({
          width: {size: 100, type: WidthType.PERCENTAGE},
          columnWidths: [3364, 6728],
          borders: noBorders,
          rows: [
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({width: {size: 33, type: WidthType.PERCENTAGE}, borders: noBorders, children: [new Paragraph({children: block.picture ? [image(block.picture, rowPicturePx)] : []})]}),
                new TableCell({width: {size: 67, type: WidthType.PERCENTAGE}, borders: noBorders, children: block.content.flatMap((b) => textBlock(b, 0))}),
              ],
            }),
          ],
        }),
        new Paragraph({spacing: {after: 0, line: 240}, children: []}),
      ];
    case 'heading':
      return [new Paragraph({heading: block.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: runs(block.text)})];
    case 'paragraph':
    case 'list':
      return textBlock(block, 0);
    case 'hard-word':
      return [
        new Paragraph({keepNext: true, shading: {fill: 'E8F1F8'}, children: [new TextRun({text: block.term, bold: true})]}),
        new Paragraph({shading: {fill: 'E8F1F8'}, children: runs(block.meaning)}),
      ];
    case 'contact':
      return block.lines.map(
        (line) => new Paragraph({keepNext: true, children: [new TextRun({text: `${line.label}: `, bold: true}), ...runs(line.text)]})
      );
  }
}

function textBlock(block: LeafletParagraph | LeafletList, level: number): Paragraph[] {
  if (block.kind === 'paragraph') return [new Paragraph({children: runs(block.text)})];
  const reference = block.ordered ? 'numbers' : 'bullets';
  return block.items.flatMap((item) => [
    new Paragraph({numbering: {reference, level: Math.min(level, 2)}, children: runs(item.text)}),
    ...item.lists.flatMap((list) => textBlock(list, level + 1)),
  ]);
}

function renderAbout(leaflet: Leaflet): Paragraph[] {
  const lines: Paragraph[] = [new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun('About this leaflet')]})];
  const line = (text: string, bold = false) => new Paragraph({children: [new TextRun({text, bold})]});
  if (leaflet.checkedBy) lines.push(line(leaflet.checkedBy, true));
  if (leaflet.owner) lines.push(line(`Made by ${leaflet.owner}.`));
  if (leaflet.written) lines.push(line(`Written on ${longDate(leaflet.written)}.`));
  if (leaflet.reviewBy) lines.push(line(`We will check this leaflet again by ${longDate(leaflet.reviewBy)}.`));
  if (leaflet.pictureCredits.length > 0) {
    lines.push(new Paragraph({heading: HeadingLevel.HEADING_3, children: [new TextRun('Pictures')]}));
    for (const c of leaflet.pictureCredits) {
      lines.push(new Paragraph({numbering: {reference: 'bullets', level: 0}, children: [new TextRun(creditLine(c))]}));
    }
  }
  return lines;
}

function runs(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return new TextRun({break: 1});
    const run = new TextRun({
      text: inline.text,
      bold: inline.bold,
      italics: inline.italic,
      ...(inline.underline || inline.href ? {underline: {}} : {}),
      ...(inline.href ? {color: '005EB8'} : {}),
    });
    return inline.href && isSafeHref(inline.href) ? new ExternalHyperlink({link: inline.href, children: [run]}) : run;
  });
}

function pictureRun(picture: LeafletPicture, px: number, pngs: ReadonlyMap<string, Buffer>): ImageRun {
  const altText = {title: picture.alt, description: picture.alt, name: picture.alt};
  const transformation = {width: px, height: px};
  const png = pngs.get(picture.dataUrl);
  if (picture.mimeType === 'image/svg+xml' && png) {
    return new ImageRun({type: 'svg', data: picture.bytes, fallback: {type: 'png', data: png}, transformation, altText});
  }
  return new ImageRun({type: picture.mimeType === 'image/png' ? 'png' : 'jpg', data: picture.bytes, transformation, altText});
}

/**
 * PNGs of the SVG pictures among `pictures` (by data URL), drawn at 2× the cover
 * size by Chromium in one page. An SVG Chromium cannot draw is left out (the Word
 * file then has no picture there rather than a broken one).
 */
export async function svgToPng(pool: BrowserPool, pictures: readonly (LeafletPicture | null)[]): Promise<Map<string, Buffer>> {
  const svgs = [...new Set(pictures.filter((p) => p?.mimeType === 'image/svg+xml').map((p) => p!.dataUrl))];
  const pngs = new Map<string, Buffer>();
  if (svgs.length === 0) return pngs;
  const size = coverPicturePx * 2;
  await pool.withPage(async (page) => {
    const imgs = svgs.map((url, i) => `<img id="p${i}" src="${url}" width="${size}" height="${size}" alt="">`).join('');
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${imgs}</body>`, {waitUntil: 'load'});
    for (const [i, url] of svgs.entries()) {
      pngs.set(url, await page.locator(`#p${i}`).screenshot({omitBackground: true, type: 'png'}));
    }
  });
  return pngs;
}
