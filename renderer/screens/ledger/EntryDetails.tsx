import { useEffect, useRef, useState } from 'react';
import type { Entry, RecordedEntry } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { formatDateTime, formatDay } from '../../../shared/messages/dates.ts';
import { money, say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioChoice } from '../../components/RadioChoice.tsx';
import { useWords } from '../../language/words.tsx';
import { categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { accountText, fundText, shortHash, signedAmount } from './entryText.ts';
import { EntryNotices } from './EntryNotices.tsx';
import { findLinkedEntry } from './findLinkedEntry.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { slot, WordsAround } from '../../wordsAround.tsx';

interface EntryDetailsProps {
  entry: Entry;
  onClose: () => void;
  /** After a reversal: the ledger is read again. */
  onReversed: (reversal: Entry) => void;
  onLocked: () => void;
}

/**
 * Everything about one entry in a modal dialog: its fields, its hashes, its receipt and its links to a
 * reversal. From here it can be reversed, once, after a confirmation. Escape closes.
 */
export function EntryDetails({ entry: first, onClose, onReversed, onLocked }: EntryDetailsProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [entry, setEntry] = useState(first);
  const [lookupError, setLookupError] = useState<Message | null>(null);
  const [reversalNotices, setReversalNotices] = useState<readonly Message[]>([]);
  const action = useVaultAction(onLocked);
  const focusLater = useFocusLater();

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  async function show(seq: number) {
    setLookupError(null);
    let found: Entry | null = null;
    await action.run(async () => {
      found = await findLinkedEntry(seq, entry);
    });
    if (found === null) setLookupError(say('ledgerScreen.details.notFound', { seq }));
    else setEntry(found);
  }

  return (
    <dialog
      ref={dialog}
      className="details-dialog"
      aria-labelledby="entry-details-title"
      onCancel={(event) => {
        // Escape: let React close it, so focus goes back where the person was.
        event.preventDefault();
        onClose();
      }}
    >
      <EntryFacts
        key={entry.seq}
        entry={entry}
        onShow={(seq) => void show(seq)}
        reversalNotices={reversalNotices}
        onReversed={(reversal) => {
          setEntry({ ...entry, reversedBySeq: reversal.seq });
          setReversalNotices(reversal.notices);
          onReversed(reversal);
          // The reverse button is gone: the sentence saying what happened takes focus, and is read out.
          focusLater(byId('entry-reversed-by'));
        }}
        onClose={onClose}
        onLocked={onLocked}
        lookupError={lookupError}
        lookupFailure={action.error}
      />
    </dialog>
  );
}

interface EntryFactsProps {
  entry: Entry;
  /** What the treasurer should know about the reversal just recorded (money back on a frozen account). */
  reversalNotices: readonly Message[];
  onShow: (seq: number) => void;
  onReversed: (reversal: RecordedEntry) => void;
  onClose: () => void;
  onLocked: () => void;
  lookupError: Message | null;
  lookupFailure: TreasuryError | null;
}

function EntryFacts({ entry, reversalNotices, onShow, onReversed, onClose, onLocked, lookupError, lookupFailure }: EntryFactsProps) {
  const words = useWords();
  const title = useFocusOnMount<HTMLHeadingElement>();
  const amount = signedAmount(words, entry);
  const none = words.words('ledgerScreen.details.none');
  // An empty field says whether it never had a value or the retention schedule shredded it.
  const gone = (field: Entry['shredded'][number]) => (entry.shredded.includes(field) ? <span className="hint">{words.words('ledgerScreen.details.shredded')}</span> : none);
  const entryLink = (seq: number) => (
    <button type="button" className="link-button inline" onClick={() => onShow(seq)}>
      {words.words('ledgerScreen.details.entryLink', { seq })}
    </button>
  );
  const isTransfer = entry.kind === 'transfer';
  return (
    <div className="stack-tight">
      <div className="details-title">
        <h2 id="entry-details-title" ref={title} tabIndex={-1} className="heading">
          {words.words('ledgerScreen.details.title', { seq: entry.seq, kind: entry.kind })}
        </h2>
        <p className={`details-amount amount-${amount.direction}`}>{amount.text}</p>
      </div>
      {entry.reversesSeq !== null ? (
        <p className="lock-reason">
          <WordsAround text={words.words('ledgerScreen.details.reverses', { entry: slot('entry') })} parts={{ entry: entryLink(entry.reversesSeq) }} />
        </p>
      ) : null}
      {entry.reversedBySeq !== null ? (
        <p id="entry-reversed-by" className="lock-reason" tabIndex={-1}>
          <WordsAround text={words.words('ledgerScreen.details.reversedBy', { entry: slot('entry') })} parts={{ entry: entryLink(entry.reversedBySeq) }} />
        </p>
      ) : null}
      <EntryNotices notices={reversalNotices} />
      {lookupError === null ? null : <p className="notice">{words.say(lookupError)}</p>}
      <Alert error={lookupFailure} />
      <dl className="facts facts-compact">
        <dt>{words.words('ledgerScreen.details.date')}</dt>
        <dd>{formatDay(entry.date, words.language)}</dd>
        <dt>{words.words('ledgerScreen.details.amount')}</dt>
        <dd>
          {words.words('ledgerScreen.details.amountText', {
            amount: money(entry.amount, entry.currency),
            direction: entry.kind === 'adjustment' ? entry.direction : 'none',
            cancelling: entry.reversesSeq !== null ? 'yes' : 'no',
          })}
        </dd>
        <dt>{isTransfer ? words.words('ledgerScreen.details.accounts') : words.words('ledgerScreen.details.account')}</dt>
        <dd>{accountText(entry)}</dd>
        <dt>{entry.toFundId !== null && entry.toFundId !== entry.fundId ? words.words('ledgerScreen.details.funds') : words.words('ledgerScreen.details.fund')}</dt>
        <dd>{fundText(entry)}</dd>
        {isTransfer ? null : (
          <>
            <dt>{words.words('ledgerScreen.details.category')}</dt>
            <dd>{entry.category === null ? none : categoryLabel(words, entry.category)}</dd>
          </>
        )}
        {entry.kind === 'contribution' || entry.kind === 'disbursement' ? (
          <>
            <dt>{words.words('ledgerScreen.details.recipient')}</dt>
            <dd>{entry.recipientCode === null ? gone('recipientCode') : <code>{entry.recipientCode}</code>}</dd>
          </>
        ) : null}
        <dt>{words.words('ledgerScreen.details.memo')}</dt>
        <dd>{entry.memo === null ? gone('memo') : <FreeText text={entry.memo} />}</dd>
        <dt>{words.words('ledgerScreen.details.receipt')}</dt>
        <dd>{entry.hasReceipt ? <Receipt seq={entry.seq} onLocked={onLocked} /> : gone('receipt')}</dd>
        <dt>{words.words('ledgerScreen.details.recorded')}</dt>
        <dd>{formatDateTime(entry.recordedAt, words.language)}</dd>
        <dt>{words.words('ledgerScreen.details.contentHash')}</dt>
        <dd>
          <code title={entry.contentHash}>{shortHash(entry.contentHash)}</code>
        </dd>
        <dt>{words.words('ledgerScreen.details.chainHash')}</dt>
        <dd>
          <code title={entry.chainHash}>{shortHash(entry.chainHash)}</code>
          <span className="hint">{words.words('ledgerScreen.details.chainHashHint')}</span>
        </dd>
      </dl>
      <Reversal entry={entry} onReversed={onReversed} onClose={onClose} onLocked={onLocked} />
    </div>
  );
}

/** Shows the receipt kept in the vault: an image inline (from a data: URL), a PDF described. */
function Receipt({ seq, onLocked }: { seq: number; onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [receipt, setReceipt] = useState<{ mediaType: string; dataBase64: string } | null>(null);
  if (receipt === null) {
    return (
      <>
        <button type="button" className="link-button inline" aria-disabled={action.busy} onClick={() => void action.run(async () => setReceipt(await treasury.ledger.receipt({ seq })))}>
          {words.words('ledgerScreen.details.showReceipt')}
        </button>
        <Alert error={action.error} />
      </>
    );
  }
  if (receipt.mediaType === 'application/pdf') {
    return <p>{words.words('ledgerScreen.details.pdfReceipt')}</p>;
  }
  return <img className="receipt" src={`data:${receipt.mediaType};base64,${receipt.dataBase64}`} alt={words.words('ledgerScreen.details.receiptImage', { seq })} />;
}

interface ReversalProps {
  entry: Entry;
  onReversed: (reversal: RecordedEntry) => void;
  onClose: () => void;
  onLocked: () => void;
}

/** The dialog's actions: reversing (one action, asked once more, with an optional memo saying why) and Close. */
function Reversal({ entry, onReversed, onClose, onLocked }: ReversalProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [asking, setAsking] = useState(false);
  const [memo, setMemo] = useState('');
  const [onOriginalDate, setOnOriginalDate] = useState(false);

  async function reverse() {
    if (action.busy) return;
    let reversal: RecordedEntry | null = null;
    const ok = await action.run(async () => {
      reversal = await treasury.ledger.reverse({ seq: entry.seq, ...(memo.trim() === '' ? {} : { memo: memo.trim() }), ...(onOriginalDate ? { date: entry.date } : {}) });
    });
    if (!ok || reversal === null) return;
    onReversed(reversal);
  }

  // A correction is never reversed itself, and an entry only once: the button is not offered (the core refuses too).
  const reversible = entry.reversesSeq === null && entry.reversedBySeq === null;
  if (!asking || !reversible) {
    return (
      <div className="actions dialog-actions">
        {reversible ? (
          <button type="button" onClick={() => setAsking(true)}>
            {words.words('ledgerScreen.details.reverse')}
          </button>
        ) : null}
        <button type="button" className={reversible ? undefined : 'primary'} onClick={onClose}>
          {words.words('ledgerScreen.details.close')}
        </button>
      </div>
    );
  }
  return (
    <ConfirmReversal
      entry={entry}
      memo={memo}
      onMemo={setMemo}
      onOriginalDate={onOriginalDate}
      onDateChoice={setOnOriginalDate}
      onReverse={() => void reverse()}
      onKeep={() => setAsking(false)}
      busy={action.busy}
      error={action.error}
    />
  );
}

interface ConfirmReversalProps {
  entry: Entry;
  memo: string;
  onMemo: (memo: string) => void;
  /** Whether the correction takes the original's date rather than today's. */
  onOriginalDate: boolean;
  onDateChoice: (onOriginalDate: boolean) => void;
  onReverse: () => void;
  onKeep: () => void;
  busy: boolean;
  error: TreasuryError | null;
}

function ConfirmReversal({ entry, memo, onMemo, onOriginalDate, onDateChoice, onReverse, onKeep, busy, error }: ConfirmReversalProps) {
  const words = useWords();
  const question = useFocusOnMount<HTMLParagraphElement>();
  const todayIs = today();
  return (
    <div className="confirm" role="group" aria-labelledby="reverse-question">
      <p id="reverse-question" ref={question} tabIndex={-1}>
        {words.words('ledgerScreen.details.reverseQuestion', { seq: entry.seq })}
      </p>
      {entry.date === todayIs ? null : (
        <fieldset className="field choice">
          <legend>{words.words('ledgerScreen.details.reverseDate')}</legend>
          <RadioChoice
            id="reverse-dated-today"
            name="reverse-date"
            checked={!onOriginalDate}
            onChoose={() => onDateChoice(false)}
            label={words.words('ledgerScreen.details.reverseToday', { date: formatDay(todayIs, words.language) })}
            hint={words.words('ledgerScreen.details.reverseTodayHint')}
          />
          <RadioChoice
            id="reverse-dated-original"
            name="reverse-date"
            checked={onOriginalDate}
            onChoose={() => onDateChoice(true)}
            label={words.words('ledgerScreen.details.reverseOriginal', { date: formatDay(entry.date, words.language) })}
            hint={words.words('ledgerScreen.details.reverseOriginalHint')}
          />
        </fieldset>
      )}
      <Field
        id="reverse-memo"
        label={words.words('ledgerScreen.details.why')}
        autoComplete="off"
        maxLength={200}
        value={memo}
        onChange={(event) => onMemo(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onReverse();
          }
        }}
      />
      <Alert error={error} />
      <div className="actions">
        <button type="button" className="danger" onClick={onReverse} aria-disabled={busy}>
          {words.words('ledgerScreen.details.reverseIt')}
        </button>
        <button type="button" onClick={onKeep}>
          {words.words('ledgerScreen.details.keepIt')}
        </button>
      </div>
    </div>
  );
}
