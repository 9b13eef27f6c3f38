import type { PaymentAccount } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { ImportRefusal } from './ImportRefusal.tsx';
import { StepSection } from './StepSection.tsx';

interface LinkedAccountStepProps {
  /** The account the statement is of, once chosen. */
  account: PaymentAccount | undefined;
  accounts: PaymentAccount[];
  linkedId: string;
  /** Rows of the preview need it and none is chosen. */
  needed: boolean;
  /** Whether a preview has been worked out, so whether it is needed is known. */
  known: boolean;
  /** A refusal of the linked account chosen (the statement's own, another currency). */
  error: TreasuryError | null;
  onChoose: (linkedId: string) => void;
}

/**
 * Step 4: the bank or card behind a payment platform, asked for only when the statement moved money
 * through it: transfers to and from the bank, payments a card paid when the balance did not.
 */
export function LinkedAccountStep({ account, accounts, linkedId, needed, known, error, onChoose }: LinkedAccountStepProps) {
  const words = useWords();
  const candidates = account === undefined ? [] : accounts.filter((each) => each.id !== account.id && each.currency === account.currency);
  const asking = account !== undefined && (needed || linkedId !== '' || error !== null);
  return (
    <StepSection id="import-linked" number={4} title={words.words('importScreen.linked.title')}>
      {!asking ? <p className="quiet">{known ? words.words('importScreen.linked.notNeeded') : words.words('importScreen.linked.waiting')}</p> : null}
      {asking ? (
        <>
          <p id="import-linked-why" className={needed ? 'notice' : 'hint'}>
            {needed ? words.words('importScreen.linked.why', { account: account.name }) : words.words('importScreen.linked.whatFor', { account: account.name })}
          </p>
          {candidates.length === 0 ? (
            <p className="quiet">{words.words('importScreen.linked.noCandidates', { account: account.name, currency: account.currency })}</p>
          ) : (
            <SelectField
              id="import-linked-choice"
              label={words.words('importScreen.linked.label', { account: account.name })}
              describedBy="import-linked-why"
              invalid={needed}
              value={linkedId}
              onChange={(event) => onChoose(event.target.value)}
            >
              <option value="">{words.words('importScreen.linked.choose')}</option>
              {candidates.map((each) => (
                <option key={each.id} value={each.id}>
                  {words.words('importScreen.account.option', { name: each.name, currency: each.currency, status: each.status })}
                </option>
              ))}
            </SelectField>
          )}
          <ImportRefusal id="import-linked-problem" error={error} />
        </>
      ) : null}
    </StepSection>
  );
}
