import type { PaymentAccount } from '../../../shared/contract/index.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { StepSection } from './StepSection.tsx';

interface AccountStepProps {
  accounts: PaymentAccount[];
  accountId: string;
  onChoose: (accountId: string) => void;
}

/** Step 1: the account the statement is of. Every account is offered, frozen and closed ones too: their history is imported and kept. */
export function AccountStep({ accounts, accountId, onChoose }: AccountStepProps) {
  const words = useWords();
  return (
    <StepSection id="import-account" number={1} title={words.words('importScreen.account.title')}>
      {accounts.length === 0 ? (
        <p className="notice">{words.words('importScreen.account.none')}</p>
      ) : (
        <SelectField
          id="import-account-choice"
          label={words.words('importScreen.account.label')}
          hint={words.words('importScreen.account.hint')}
          value={accountId}
          onChange={(event) => onChoose(event.target.value)}
        >
          <option value="">{words.words('importScreen.account.choose')}</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {words.words('importScreen.account.option', { name: account.name, currency: account.currency, status: account.status })}
            </option>
          ))}
        </SelectField>
      )}
    </StepSection>
  );
}
