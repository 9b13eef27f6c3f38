import { useEffect, useState, type FormEvent } from 'react';
import { DateField, dateProblem } from '../../components/DateField.tsx';
import { Alert } from '../../components/Alert.tsx';
import { today } from '../../today.ts';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { Section } from './Section.tsx';
import { day, say, type Message } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

/**
 * The earliest date an entry, a freeze or a statement may have: a year typed wrong (0026, 1926) is
 * refused instead of booked. A group bringing in older records sets an earlier day first.
 */
export function EarliestDateSection({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [current, setCurrent] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<Message | null>(null);
  const [saved, setSaved] = useState<Message | null>(null);

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
    if (done) setSaved(say('vaultScreen.earliestDate.saved', { date: day(typed.trim()) }));
  }

  return (
    <Section id="earliest-date-section" title={words.words('vaultScreen.earliestDate.title')}>
      <p>{current === null ? words.words('vaultScreen.earliestDate.intro') : words.words('vaultScreen.earliestDate.introWithDate', { date: day(current) })}</p>
      <form className="stack-tight" onSubmit={(event) => void save(event)} noValidate>
        <DateField id="earliest-date" label={words.words('vaultScreen.earliestDate.label')} value={typed} onChange={setTyped} error={typedError === null ? null : words.say(typedError)} />
        <div className="actions">
          <button type="submit" className="button" disabled={action.busy || current === null}>
            {words.words('vaultScreen.earliestDate.save')}
          </button>
        </div>
      </form>
      <p className="saved" role="status">
        {saved === null ? null : words.say(saved)}
      </p>
      <Alert error={action.error} />
    </Section>
  );
}
