import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Summary, SummaryFigure, VerifiedSummary } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import type { Language } from '../../../shared/messages/language.ts';
import { codePointLabel, visibleText } from '../../../shared/text.ts';
import { accountKindNames, categoryLabel, statusNames } from '../../../shared/messages/ledgerWords.ts';
import { translatorFor, type Translator } from '../../../shared/messages/translator.ts';

/**
 * A verified summary as a PDF to print and hand round (docs/summary-format.md, "The PDF"): its
 * figures as tables, in English or Spanish, with the fingerprint to compare and how to verify the
 * JSON file, which alone is signed. Written with PDFKit, in DejaVu Sans (embedded, so that any name
 * the group gave prints as typed).
 */

const fonts = (() => {
  const resolve = createRequire(import.meta.url).resolve;
  return { regular: resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), bold: resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'), mono: resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf') };
})();

/**
 * Text as the PDF can show it: a control, bidi or invisible character as ‹U+XXXX›, as every screen
 * shows it, and so is one DejaVu Sans has no glyph for (Chinese, an emoji), rather than a blank box.
 */
function printable(text: string, font: fontkit.Font): string {
  return [...visibleText(text)].map((character) => (font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0) ? character : `‹${codePointLabel(character)}›`)).join('');
}

const margin = 50;
const pageWidth = 612;
const usable = pageWidth - 2 * margin;

interface Table {
  title: string;
  head: string[];
  rows: string[][];
  /** Each column's share of the width; the first is left-aligned, the rest right-aligned. */
  widths: number[];
}

function figureText(figure: SummaryFigure, currency: string, words: Translator): string {
  return 'hidden' in figure ? words.words('audit.pdf.hidden') : words.money(figure.amount, currency);
}

function countText(figure: SummaryFigure, words: Translator): string {
  return 'hidden' in figure ? '' : words.number(figure.count);
}

/** The tables the PDF lays out, in reading order. */
function tablesOf(summary: Summary, language: Language, words: Translator): Table[] {
  const month = (value: string) => formatMonth(value, language);
  const fundName = (fundId: number) => summary.funds.find((fund) => fund.fundId === fundId)?.name ?? `#${fundId}`;
  const categoryName = (category: string | null) => (category === null ? words.words('audit.pdf.noCategory') : categoryLabel(words, category));
  const shownOrZero = (figures: SummaryFigure[]) => figures.some((figure) => 'hidden' in figure || figure.count !== 0);
  return [
    {
      title: words.words('audit.pdf.accounts'),
      head: [words.words('audit.pdf.account'), words.words('audit.pdf.opening'), words.words('audit.pdf.closing'), words.words('audit.pdf.status')],
      widths: [0.4, 0.2, 0.2, 0.2],
      rows: summary.accounts.map((account) => [
        account.name ?? words.words('audit.pdf.memberAccount', { kind: words.say(accountKindNames[account.kind]) }),
        words.money(account.opening, account.currency),
        words.money(account.closing, account.currency),
        words.say(statusNames[account.statusAtClose]),
      ]),
    },
    {
      title: words.words('audit.pdf.funds'),
      head: [words.words('audit.pdf.fund'), words.words('audit.pdf.opening'), words.words('audit.pdf.closing')],
      widths: [0.6, 0.2, 0.2],
      rows: summary.funds.flatMap((fund) =>
        fund.balances.map((balance) => [
          fund.restricted ? words.words('audit.pdf.restrictedFund', { name: fund.name, purpose: fund.purpose ?? '' }) : fund.name,
          words.money(balance.opening, balance.currency),
          words.money(balance.closing, balance.currency),
        ]),
      ),
    },
    {
      title: words.words('audit.pdf.months'),
      head: [
        words.words('audit.pdf.month'),
        words.words('audit.pdf.moneyIn'),
        words.words('audit.pdf.moneyOut'),
        words.words('audit.pdf.aid'),
        words.words('audit.pdf.fees'),
        words.words('audit.pdf.adjusted'),
      ],
      widths: [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
      rows: summary.months.map((row) => [
        `${month(row.month)} ${row.currency}`,
        figureText(row.total.moneyIn, row.currency, words),
        figureText(row.total.moneyOut, row.currency, words),
        figureText(row.outflow.aid, row.currency, words),
        figureText(row.outflow.fees, row.currency, words),
        figureText(row.total.adjusted, row.currency, words),
      ]),
    },
    {
      title: words.words('audit.pdf.categories'),
      head: [words.words('audit.pdf.monthAndCategory'), words.words('audit.pdf.entriesIn'), words.words('audit.pdf.moneyIn'), words.words('audit.pdf.entriesOut'), words.words('audit.pdf.moneyOut')],
      widths: [0.36, 0.12, 0.2, 0.12, 0.2],
      rows: summary.months.flatMap((row) =>
        row.categories
          .filter((category) => shownOrZero([category.moneyIn, category.moneyOut]))
          .map((category) => [
            `${month(row.month)} · ${categoryName(category.category)}`,
            countText(category.moneyIn, words),
            figureText(category.moneyIn, row.currency, words),
            countText(category.moneyOut, words),
            figureText(category.moneyOut, row.currency, words),
          ]),
      ),
    },
    {
      title: words.words('audit.pdf.restricted'),
      head: [words.words('audit.pdf.monthFundCategory'), words.words('audit.pdf.moneyOut')],
      widths: [0.7, 0.3],
      rows: summary.months.flatMap((row) =>
        row.restricted
          .filter((spent) => shownOrZero([spent.moneyOut]))
          .map((spent) => [`${month(row.month)} · ${fundName(spent.fundId)} · ${categoryName(spent.category)}`, figureText(spent.moneyOut, row.currency, words)]),
      ),
    },
  ];
}

function drawTable(doc: PDFKit.PDFDocument, table: Table): void {
  if (table.rows.length === 0) return;
  const rowHeight = 16;
  const heading = () => {
    doc.font('bold').fontSize(9);
    drawRow(doc, table.head, table.widths, doc.y);
    doc
      .moveTo(margin, doc.y)
      .lineTo(pageWidth - margin, doc.y)
      .lineWidth(0.5)
      .stroke();
    doc.moveDown(0.3);
    doc.font('regular').fontSize(9);
  };
  doc.font('bold').fontSize(12).text(table.title, margin, doc.y, { width: usable });
  doc.moveDown(0.3);
  heading();
  for (const row of table.rows) {
    if (doc.y + rowHeight > doc.page.height - margin) {
      doc.addPage();
      heading();
    }
    drawRow(doc, row, table.widths, doc.y);
  }
  doc.moveDown(1);
}

/** DejaVu Sans as fontkit reads it, to ask which characters it has. */
let regularFont: fontkit.Font | undefined;

function drawRow(doc: PDFKit.PDFDocument, cells: string[], widths: number[], top: number): void {
  regularFont ??= fontkit.openSync(fonts.regular) as fontkit.Font;
  const font = regularFont;
  let left = margin;
  let bottom = top;
  cells.forEach((cell, index) => {
    const width = (widths[index] ?? 0) * usable;
    doc.text(printable(cell, font), left + 2, top, { width: width - 4, align: index === 0 ? 'left' : 'right' });
    bottom = Math.max(bottom, doc.y);
    left += width;
  });
  doc.y = bottom + 2;
  doc.x = margin;
}

/** The PDF's bytes. */
export function summaryPdf(verified: VerifiedSummary, language: Language): Promise<Buffer> {
  const words = translatorFor(language);
  const { summary } = verified;
  const doc = new PDFDocument({ size: 'LETTER', margin, font: fonts.regular, info: { Title: words.words('audit.pdf.title'), Creator: 'Mutual Ledger' } });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  doc.registerFont('mono', fonts.mono);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const month = (value: string) => formatMonth(value, language);
  doc.font('bold').fontSize(18).text(words.words('audit.pdf.title'));
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(10)
    .text(words.words('audit.pdf.period', { from: month(summary.period.from), to: month(summary.period.to), madeIn: month(summary.madeIn), smallestCell: summary.smallestCell }));
  doc.moveDown(0.8);
  doc.font('bold').fontSize(10).text(words.words('audit.pdf.fingerprintTitle'));
  doc.font('mono').fontSize(11).text(verified.fingerprint);
  doc
    .font('regular')
    .fontSize(9)
    .text(words.words('audit.pdf.howToVerify', { sha256: verified.fileSha256 }));
  doc.moveDown(1);

  for (const table of tablesOf(summary, language, words)) drawTable(doc, table);

  doc.font('bold').fontSize(12).text(words.words('audit.pdf.otherFacts'));
  doc.moveDown(0.3);
  doc.font('regular').fontSize(9);
  for (const frozen of summary.frozenAtClose) doc.text(words.words('audit.pdf.frozen', { amount: words.money(frozen.amount, frozen.currency), accounts: frozen.accounts }));
  doc.text(words.words('audit.pdf.reconciliations', { count: summary.reconciliations }));
  doc.text(words.words('audit.pdf.retention', { runs: summary.retention.runs, entries: summary.retention.entriesShredded }));
  doc.text(words.words(summary.retention.holdStood ? 'audit.pdf.holdStood' : 'audit.pdf.noHold'));
  const { anchor } = summary.ledger;
  doc.text(words.words('audit.pdf.ledger', { entries: summary.ledger.entries, anchor: `${anchor.entriesSeq}:${anchor.factsSeq}:${anchor.hash}` }));
  if (summary.previous !== null) doc.text(words.words('audit.pdf.previous', { from: month(summary.previous.period.from), to: month(summary.previous.period.to), sha256: summary.previous.fileSha256 }));
  doc.end();
  return done;
}
