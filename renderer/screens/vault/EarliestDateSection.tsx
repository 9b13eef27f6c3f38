import { useEffect, useState, type FormEvent } from 'react';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Alert } from '../../components/Alert.tsx';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';

/**
 * The earliest date an entry, a freeze or a statement may have: a year typed wrong (0026, 1926) is
 * refused instead of booked. A group bringing in older records sets an earlier day first.
 */
export function EarliestDateSection({ onLocked }: { onLocked: () => void }) {
  const action = useVaultAction(onLocked);
  const [current, setCurrent] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    void action.run(async () => {
      const { earliestDate } = await treasury.ledger.earliestDate();
      setCurrent(earliestDate);
      setTyped(earliestDate);
    });
    // Read once when the screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const problem = dateProblem(typed, today());
    setTypedError(problem);
    if (problem !== null) return document.getElementById('earliest-date')?.focus();
    const done = await action.run(async () => setCurrent((await treasury.ledger.setEarliestDate({ earliestDate: typed.trim() })).earliestDate));
    if (done) setSaved(`Saved. Entries may now be dated from ${typed.trim()}.`);
  }

  return (
    <Section id="earliest-date-section" title="Earliest date">
      <p>The ledger refuses anything dated before this day{current === null ? '' : ` (now ${current})`}, so that a year typed wrong is caught. Set an earlier day before bringing in older records.</p>
      <form onSubmit={(event) => void save(event)} noValidate>
        <DateField id="earliest-date" label="Earliest date" value={typed} onChange={setTyped} error={typedError} />
        <button type="submit" className="button" disabled={action.busy || current === null}>
          Save the earliest date
        </button>
      </form>
      <p className="saved" role="status">
        {saved}
      </p>
      <Alert error={action.error} />
    </Section>
  );
}
