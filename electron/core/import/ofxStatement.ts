// A bank's or a credit card's OFX statement (QFX is Quicken's name for the same file). OFX 1.x is SGML:
// header lines ("OFXHEADER:100"), then tags whose leaf elements are never closed ("<TRNAMT>-20.00" and
// a line break). OFX 2.x is XML: a processing instruction ("<?OFX OFXHEADER="200" …?>"), every tag
// closed. Both are read by one XML parser (fast-xml-parser): 1.x is first made XML by closing each
// leaf where its text ends. The account number (ACCTID) is never read, so it can never be copied.
import { XMLParser } from 'fast-xml-parser';
import { isoDate } from '../../../shared/contract/common.ts';
import { TreasuryError } from '../../../shared/errors.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { parseStatementAmount, type ParsedAmount } from '../../../shared/money.ts';
import type { ReadStatement, StatementLine } from './statementLine.ts';

type Unreadable = { line: number; reason: Message };
type OfxNode = Record<string | symbol, unknown>;

/** What OFX's transaction types mean for the group: a charge the bank took on its own, a transfer, or a payment. */
const movements: Record<string, StatementLine['movement']> = { FEE: 'charge', SRVCHG: 'charge', XFER: 'transfer' };

/** The start of an OFX file: 1.x's header, or 2.x's processing instruction (after an XML declaration or not), or the element itself. */
const ofxStart = /^\s*(?:OFXHEADER\s*:|(?:<\?xml[^>]*>\s*)?(?:<\?OFX[\s?]|<OFX\s*>))/iu;

/** Reads an OFX or QFX statement; undefined when the text is not OFX. A file that is OFX but cannot be read is refused. */
export function readOfxStatement(text: string): ReadStatement | undefined {
  if (!ofxStart.test(text)) return undefined;
  const { document, lineAt } = parseOfx(text);
  const statements = statementsIn(document);
  const statement = statements[0];
  if (statement === undefined) throw new TreasuryError('INVALID_INPUT', say('bankStatements.ofxNoStatement'));
  // One file, one account: the rows of two accounts read as one would book one account's money into the other.
  if (statements.length > 1) throw new TreasuryError('INVALID_INPUT', say('bankStatements.ofxSeveralStatements', { count: statements.length }));
  const currency = leaf(statement, 'CURDEF')?.toUpperCase();
  if (currency === undefined || !/^[A-Z]{3}$/u.test(currency)) throw new TreasuryError('INVALID_INPUT', say('bankStatements.ofxNoCurrency'));
  const closing = readOfxAmount(leaf(first(statement, 'LEDGERBAL'), 'BALAMT') ?? '', currency);
  // OFX states the balance at the end of the period only; the opening one is not in the file.
  const read: ReadStatement = { lines: [], currency, unreadable: [], balances: { opening: null, closing: closing.ok ? closing.minor : null } };
  for (const list of children(statement, 'BANKTRANLIST')) {
    for (const transaction of children(list, 'STMTTRN')) {
      // The parser keeps where each aggregate starts; an empty one has no start of its own, so its list's is given.
      const line = lineAt(startOf(transaction) ?? startOf(list) ?? 0);
      const row = readTransaction(transaction, line, currency);
      if ('reason' in row) read.unreadable.push(row);
      else read.lines.push(row);
    }
  }
  return read;
}

/** The statements of a file: a bank account's (STMTRS) and a credit card's (CCSTMTRS). */
function statementsIn(document: unknown): unknown[] {
  const ofx = first(document, 'OFX');
  const bank = children(ofx, 'BANKMSGSRSV1').flatMap((messages) => children(messages, 'STMTTRNRS').flatMap((response) => children(response, 'STMTRS')));
  const card = children(ofx, 'CREDITCARDMSGSRSV1').flatMap((messages) => children(messages, 'CCSTMTTRNRS').flatMap((response) => children(response, 'CCSTMTRS')));
  return [...bank, ...card].filter(isNode);
}

function readTransaction(transaction: unknown, line: number, currency: string): StatementLine | Unreadable {
  if (!isNode(transaction)) return { line, reason: say('bankStatements.ofxEmptyTransaction') };
  const posted = leaf(transaction, 'DTPOSTED') ?? '';
  if (posted === '') return { line, reason: say('bankStatements.ofxNoDate') };
  const date = postedDay(posted);
  if (typeof date !== 'string') return { line, reason: date };
  // A CURRENCY aggregate says the amounts are in that currency, not the statement's (ORIGCURRENCY
  // says they were converted into it, so those are the statement's own).
  const other = leaf(first(transaction, 'CURRENCY'), 'CURSYM')?.toUpperCase();
  const inOtherCurrency = other !== undefined && other !== currency;
  const written = leaf(transaction, 'TRNAMT') ?? '';
  if (written === '') return { line, reason: say('bankStatements.ofxNoAmount') };
  const amount = readOfxAmount(written, inOtherCurrency && /^[A-Z]{3}$/u.test(other) ? other : currency);
  if (!amount.ok) return { line, reason: say('import.badAmount', { problem: amount.reason }) };
  const name = leaf(transaction, 'NAME') ?? leaf(first(transaction, 'PAYEE'), 'NAME') ?? '';
  const memo = leaf(transaction, 'MEMO') ?? '';
  return {
    line,
    transactionId: leaf(transaction, 'FITID') ?? '',
    date,
    amount: amount.minor,
    fee: 0,
    state: inOtherCurrency ? 'otherCurrency' : 'booked',
    movement: movements[(leaf(transaction, 'TRNTYPE') ?? '').toUpperCase()] ?? 'payment',
    viaBalance: true,
    counterparty: name === '' ? null : name,
    // A bank's memo is full of names: it is read for the rules and the preview, never stored, and never a note.
    note: null,
    description: memo === '' ? null : memo,
  };
}

/** DTPOSTED, YYYYMMDD and an optional time and zone ("20261102", "20261102120000.000[-5:EST]"): the day as written, never moved by the zone. */
function postedDay(written: string): string | Message {
  const parts = /^(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2}(?:\.\d{1,3})?)?)?(?:\s*\[[+-]?\d{1,2}(?:\.\d{1,2})?(?::[^\]]*)?\])?$/u.exec(written);
  if (parts === null) return say('import.badDate', { written });
  const day = `${parts[1]}-${parts[2]}-${parts[3]}`;
  return isoDate.safeParse(day).success ? day : say('bankStatements.noSuchDay', { written });
}

/** An OFX amount: signed, with a dot for decimals, or a comma where a bank writes one; whichever mark comes last is the decimal one. Exact, never a float. */
function readOfxAmount(written: string, currency: string): ParsedAmount {
  const decimal = written.lastIndexOf(',') > written.lastIndexOf('.') ? ',' : '.';
  return parseStatementAmount(written, currency, decimal === ',' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' });
}

/**
 * The file's OFX element as a tree of tags, and the line of the file each offset of the parsed text is
 * on. Only the closing tags a leaf lacks are added and stray "<" and "&" escaped, never a line break,
 * so a line of the parsed text is the same line of the file.
 */
function parseOfx(text: string): { document: unknown; lineAt: (offset: number) => number } {
  const fileLineAt = lineCounter(text);
  const start = /<OFX\s*>/iu.exec(text);
  if (start === null) throw unreadableAt(fileLineAt(text.length));
  // Up to the last </OFX>: what a bank leaves after it (padding, NUL bytes) is not the statement.
  let end = text.length;
  for (const closing of text.matchAll(/<\/OFX\s*>/giu)) end = closing.index + closing[0].length;
  // The header (1.x's lines, 2.x's declarations) gives way to its line breaks alone, so the lines still count from the file's first.
  const xml = text.slice(0, start.index).replace(/[^\n]/gu, '') + closeLeaves(text.slice(start.index, Math.max(end, start.index)), fileLineAt, start.index);
  let document: unknown;
  try {
    // Every value is kept as the text it is (parseTagValue: false): "-20.00" stays a string, never a float.
    document = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, captureMetaData: true }).parse(xml);
  } catch {
    // The tags are balanced by now; what is left to refuse is the parser's own limits (nesting, entities).
    throw unreadableAt(fileLineAt(start.index));
  }
  return { document, lineAt: lineCounter(xml) };
}

/** An OFX tag: no attributes, a name of letters, digits and dots ("INTU.BID"). */
const tagPattern = /<(\/?)([A-Za-z][A-Za-z0-9._-]*)\s*>/gu;

/** The aggregates this reader reads through: never taken for an empty leaf, so a file that forgets to close one is refused rather than half read. */
const aggregates = new Set([
  'OFX',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'CREDITCARDMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'BANKTRANLIST',
  'STMTTRN',
  'LEDGERBAL',
  'PAYEE',
  'CURRENCY',
  'ORIGCURRENCY',
]);

interface Tag {
  at: number;
  end: number;
  closing: boolean;
  /** In capitals, as OFX writes its tags. */
  name: string;
}

function tagsOf(body: string): Tag[] {
  const tags: Tag[] = [];
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(body); match !== null; match = tagPattern.exec(body)) {
    tags.push({ at: match.index, end: match.index + match[0].length, closing: match[1] === '/', name: (match[2] ?? '').toUpperCase() });
  }
  return tags;
}

/**
 * OFX 1.x made XML: a tag followed by text is a leaf, closed where its text ends unless the file
 * closes it; a tag followed by another tag is an aggregate, which the file closes; and an empty leaf
 * (a tag with no text that the file never closes anywhere, and no aggregate) is closed at once.
 * A closing tag that closes nothing open is refused with its line. OFX 2.x passes through unchanged
 * but for the escapes.
 */
function closeLeaves(body: string, lineAt: (offset: number) => number, offset: number): string {
  const tags = tagsOf(body);
  const closedInFile = new Set(tags.filter((tag) => tag.closing).map((tag) => tag.name));
  const open: Tag[] = [];
  const xml: string[] = [];
  let from = 0;
  tags.forEach((tag, index) => {
    xml.push(escaped(body.slice(from, tag.at)));
    from = tag.end;
    if (tag.closing) {
      if (open.pop()?.name !== tag.name) throw unreadableAt(lineAt(offset + tag.at));
      xml.push(`</${tag.name}>`);
      return;
    }
    xml.push(`<${tag.name}>`);
    const next = tags[index + 1];
    const content = body.slice(from, next?.at ?? body.length);
    if (next !== undefined && next.closing && next.name === tag.name) open.push(tag);
    else if (content.trim() !== '') {
      const value = content.trimEnd();
      xml.push(`${escaped(value)}</${tag.name}>`);
      from += value.length;
    } else if (closedInFile.has(tag.name) || aggregates.has(tag.name)) open.push(tag);
    else xml.push(`</${tag.name}>`);
  });
  const unclosed = open.pop();
  if (unclosed !== undefined) throw unreadableAt(lineAt(offset + unclosed.at));
  xml.push(escaped(body.slice(from)));
  return xml.join('');
}

/** Text between tags as XML text: a "<" that starts no tag and an "&" that starts no entity are the characters themselves ("AT&T"). */
function escaped(text: string): string {
  return text.replace(/</gu, '&lt;').replace(/&(?![A-Za-z][A-Za-z0-9]*;|#\d+;|#x[0-9A-Fa-f]+;)/gu, '&amp;');
}

function unreadableAt(line: number): TreasuryError {
  return new TreasuryError('INVALID_INPUT', say('bankStatements.ofxUnreadable', { line }));
}

/** The line (from 1) each offset of a text is on, found by halving the list of its line breaks. */
function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((breaks[middle] ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}

const metaData = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Where an element starts in the parsed text, which the parser keeps beside each aggregate. */
function startOf(node: unknown): number | undefined {
  if (!isNode(node)) return undefined;
  const meta = node[metaData] as { startIndex?: number } | undefined;
  return meta?.startIndex;
}

function isNode(value: unknown): value is OfxNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every child of that name: the parser gives one as a value and several as a list. */
function children(node: unknown, name: string): unknown[] {
  if (!isNode(node) || !Object.hasOwn(node, name)) return [];
  const value = node[name];
  return Array.isArray(value) ? value : [value];
}

function first(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

/** A leaf's text, trimmed; undefined when there is none (or it is an aggregate). */
function leaf(node: unknown, name: string): string | undefined {
  const value = first(node, name);
  return typeof value === 'string' ? value.trim() : undefined;
}
