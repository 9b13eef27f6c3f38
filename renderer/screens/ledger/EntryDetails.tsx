import { useEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { formatMoney } from '../../../shared/money.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDateTime, formatDay } from '../../formatDate.ts';
import { categoryName, entryKindNames } from '../../ledgerWords.ts';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { accountText, fundText, shortHash, signedAmount } from './entryText.ts';
import { findLinkedEntry } from './findLinkedEntry.ts';
import { FreeText } from '../../components/FreeText.tsx';

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
  const [lookupError, setLookupError] = useState<string | null>(null);
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
    if (found === null) setLookupError(`Entry #${seq} could not be found nearby in the ledger.`);
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
        onReversed={(reversal) => {
          setEntry({ ...entry, reversedBySeq: reversal.seq });
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
  onShow: (seq: number) => void;
  onReversed: (reversal: Entry) => void;
  onClose: () => void;
  onLocked: () => void;
  lookupError: string | null;
  lookupFailure: TreasuryError | null;
}

function EntryFacts({ entry, onShow, onReversed, onClose, onLocked, lookupError, lookupFailure }: EntryFactsProps) {
  const title = useFocusOnMount<HTMLHeadingElement>();
  const amount = signedAmount(entry);
  const isTransfer = entry.kind === 'transfer';
  return (
    <div className="stack-tight">
      <div className="details-title">
        <h2 id="entry-details-title" ref={title} tabIndex={-1} className="heading">
          Entry #{entry.seq}: {entryKindNames[entry.kind].toLowerCase()}
        </h2>
        <p className={`details-amount amount-${amount.direction}`}>{amount.text}</p>
      </div>
      {entry.reversesSeq !== null ? (
        <p className="lock-reason">
          This entry is a correction: it reverses{' '}
          <button type="button" className="link-button inline" onClick={() => onShow(entry.reversesSeq ?? 0)}>
            entry #{entry.reversesSeq}
          </button>
          .
        </p>
      ) : null}
      {entry.reversedBySeq !== null ? (
        <p id="entry-reversed-by" className="lock-reason" tabIndex={-1}>
          This entry was reversed by{' '}
          <button type="button" className="link-button inline" onClick={() => onShow(entry.reversedBySeq ?? 0)}>
            entry #{entry.reversedBySeq}
          </button>
          . It stays in the ledger; together they add up to nothing.
        </p>
      ) : null}
      {lookupError === null ? null : <p className="notice">{lookupError}</p>}
      <Alert error={lookupFailure} />
      <dl className="facts facts-compact">
        <dt>Date</dt>
        <dd>{formatDay(entry.date)}</dd>
        <dt>Amount</dt>
        <dd>
          {formatMoney(entry.amount, entry.currency)}
          {entry.kind === 'adjustment' ? (entry.direction === 'in' ? ', added to the account' : ', taken from the account') : ''}
          {entry.reversesSeq !== null ? ' (cancelling the original)' : ''}
        </dd>
        <dt>{isTransfer ? 'Accounts' : 'Account'}</dt>
        <dd>{accountText(entry)}</dd>
        <dt>{entry.toFundId !== null && entry.toFundId !== entry.fundId ? 'Funds' : 'Fund'}</dt>
        <dd>{fundText(entry)}</dd>
        {isTransfer ? null : (
          <>
            <dt>Category</dt>
            <dd>{entry.category === null ? 'None' : categoryName(entry.category)}</dd>
          </>
        )}
        {entry.kind === 'contribution' || entry.kind === 'disbursement' ? (
          <>
            <dt>Recipient code</dt>
            <dd>{entry.recipientCode === null ? 'None' : <code>{entry.recipientCode}</code>}</dd>
          </>
        ) : null}
        <dt>Memo</dt>
        <dd>{entry.memo === null ? 'None' : <FreeText text={entry.memo} />}</dd>
        <dt>Receipt</dt>
        <dd>{entry.hasReceipt ? <Receipt seq={entry.seq} onLocked={onLocked} /> : 'None'}</dd>
        <dt>Recorded</dt>
        <dd>{formatDateTime(entry.recordedAt)}</dd>
        <dt>Content hash</dt>
        <dd>
          <code title={entry.contentHash}>{shortHash(entry.contentHash)}</code>
        </dd>
        <dt>Chain hash</dt>
        <dd>
          <code title={entry.chainHash}>{shortHash(entry.chainHash)}</code>
          <span className="hint">Chains this entry to all before it: a changed entry breaks the chain.</span>
        </dd>
      </dl>
      <Reversal entry={entry} onReversed={onReversed} onClose={onClose} onLocked={onLocked} />
    </div>
  );
}

/** Shows the receipt kept in the vault: an image inline (from a data: URL), a PDF described. */
function Receipt({ seq, onLocked }: { seq: number; onLocked: () => void }) {
  const action = useVaultAction(onLocked);
  const [receipt, setReceipt] = useState<{ mediaType: string; dataBase64: string } | null>(null);
  if (receipt === null) {
    return (
      <>
        <button type="button" className="link-button inline" aria-disabled={action.busy} onClick={() => void action.run(async () => setReceipt(await treasury.ledger.receipt({ seq })))}>
          Show the receipt
        </button>
        <Alert error={action.error} />
      </>
    );
  }
  if (receipt.mediaType === 'application/pdf') {
    return <p>A PDF, kept encrypted in the vault. The app does not display PDFs, so it is never written out unencrypted.</p>;
  }
  return <img className="receipt" src={`data:${receipt.mediaType};base64,${receipt.dataBase64}`} alt={`Receipt for entry #${seq}`} />;
}

interface ReversalProps {
  entry: Entry;
  onReversed: (reversal: Entry) => void;
  onClose: () => void;
  onLocked: () => void;
}

/** The dialog's actions: reversing (one action, asked once more, with an optional memo saying why) and Close. */
function Reversal({ entry, onReversed, onClose, onLocked }: ReversalProps) {
  const action = useVaultAction(onLocked);
  const [asking, setAsking] = useState(false);
  const [memo, setMemo] = useState('');

  async function reverse() {
    if (action.busy) return;
    let reversal: Entry | null = null;
    const ok = await action.run(async () => {
      reversal = await treasury.ledger.reverse({ seq: entry.seq, ...(memo.trim() === '' ? {} : { memo: memo.trim() }) });
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
            Reverse this entry
          </button>
        ) : null}
        <button type="button" className={reversible ? undefined : 'primary'} onClick={onClose}>
          Close
        </button>
      </div>
    );
  }
  return <ConfirmReversal entry={entry} memo={memo} onMemo={setMemo} onReverse={() => void reverse()} onKeep={() => setAsking(false)} busy={action.busy} error={action.error} />;
}

interface ConfirmReversalProps {
  entry: Entry;
  memo: string;
  onMemo: (memo: string) => void;
  onReverse: () => void;
  onKeep: () => void;
  busy: boolean;
  error: TreasuryError | null;
}

function ConfirmReversal({ entry, memo, onMemo, onReverse, onKeep, busy, error }: ConfirmReversalProps) {
  const question = useFocusOnMount<HTMLParagraphElement>();
  return (
    <div className="confirm" role="group" aria-labelledby="reverse-question">
      <p id="reverse-question" ref={question} tabIndex={-1}>
        Reverse entry #{entry.seq}? A new entry dated today will cancel it. Both stay in the ledger, and this cannot be undone.
      </p>
      <Field
        id="reverse-memo"
        label="Why (optional)"
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
          Reverse it
        </button>
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
