import { useRef, useState, type FormEvent } from 'react';
import { defaultSmallestCell, leastSmallestCell, type Output } from '../../../shared/contract/index.ts';
import { formatMonth } from '../../../shared/messages/dates.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { Heading } from '../../components/Heading.tsx';
import { PathField } from '../../components/PathField.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusLater } from '../../useFocusLater.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { useWorkProgress } from '../../useWorkProgress.ts';
import { WorkProgressBar } from '../../components/WorkProgressBar.tsx';
import { endedMonths, lastThreeMonths } from './months.ts';
import { SummaryFingerprint } from './SummaryFingerprint.tsx';
import { hiddenFigures } from '../../../shared/hiddenFigures.ts';
import { SummaryView } from './SummaryView.tsx';

type Made = Output<'audit.summary'>;

/** What the treasurer asked for, kept while the result is read and after a refusal. */
interface Request {
  from: string;
  to: string;
  smallestCell: string;
  path: string;
  journalPath: string;
  pdfPath: string;
}

type FieldName = 'to' | 'smallestCell' | 'path';

/**
 * The Summary section: the period (whole months that have ended), how small a figure may be before
 * it is hidden, and where to write the file (and, if asked, a journal and a PDF); then where it went,
 * the fingerprint to publish, how many figures were hidden, and the summary as an auditor will read it.
 */
export function MakeSummaryScreen({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const [request, setRequest] = useState<Request>(() => ({ ...lastThreeMonths(), smallestCell: String(defaultSmallestCell), path: '', journalPath: '', pdfPath: '' }));
  const [made, setMade] = useState<Made | null>(null);
  const focusLater = useFocusLater();

  return (
    <div className="screen screen-full readable-cards summary-screen">
      <ScreenTitle title={words.words('auditScreen.section')} intro={words.words('auditScreen.make.intro')} />
      {made === null ? (
        <MakeSummaryForm
          request={request}
          onChange={setRequest}
          onMade={(result) => {
            setMade(result);
            // Taken once: the same names would now be refused, as nothing is ever overwritten.
            setRequest((asked) => ({ ...asked, path: '', journalPath: '', pdfPath: '' }));
          }}
          onLocked={onLocked}
        />
      ) : (
        <>
          <MadeSummary
            made={made}
            onAnother={() => {
              setMade(null);
              focusLater(() => document.getElementById('summary-from'));
            }}
          />
          <SummaryView verified={made} path={made.path} origin="made" level={2} />
        </>
      )}
    </div>
  );
}

interface MakeSummaryFormProps {
  request: Request;
  onChange: (request: Request) => void;
  onMade: (made: Made) => void;
  onLocked: () => void;
}

function MakeSummaryForm({ request, onChange, onMade, onLocked }: MakeSummaryFormProps) {
  const words = useWords();
  const { language } = words;
  const action = useVaultAction(onLocked);
  const { progress, reset } = useWorkProgress('summary');
  const [problems, setProblems] = useState<Partial<Record<FieldName, Message>>>({});
  const [advancedOpen, setAdvancedOpen] = useState(request.smallestCell !== String(defaultSmallestCell));
  const form = useRef<HTMLFormElement>(null);
  const focusLater = useFocusLater();
  const months = endedMonths();

  const set = (field: keyof Request, value: string) => {
    onChange({ ...request, [field]: value });
    setProblems(({ [field as FieldName]: _cleared, ...others }) => others);
    action.clearError();
  };

  function check(): Partial<Record<FieldName, Message>> {
    const found: Partial<Record<FieldName, Message>> = {};
    if (request.to < request.from) found.to = say('auditScreen.make.periodBackwards');
    const smallest = request.smallestCell.trim();
    if (!/^\d+$/.test(smallest) || Number(smallest) < leastSmallestCell) found.smallestCell = say('auditScreen.make.smallestCellProblem', { least: leastSmallestCell });
    if (request.path.trim() === '') found.path = say('auditScreen.make.enterPath');
    return found;
  }

  async function make(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) {
      if (found.smallestCell !== undefined) setAdvancedOpen(true);
      focusLater(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]'));
      return;
    }
    let result: Made | undefined;
    reset();
    await action.run(async () => {
      result = await treasury.audit.summary({
        from: request.from,
        to: request.to,
        smallestCell: Number(request.smallestCell.trim()),
        path: request.path.trim(),
        ...(request.journalPath.trim() === '' ? {} : { journalPath: request.journalPath.trim() }),
        ...(request.pdfPath.trim() === '' ? {} : { pdfPath: request.pdfPath.trim() }),
        language,
      });
    });
    // A refusal is announced as it appears, and focus stays on Make, where the treasurer was.
    if (result !== undefined) onMade(result);
  }

  const said = (field: FieldName) => {
    const problem = problems[field];
    return problem === undefined ? null : words.say(problem);
  };
  const monthOptions = months.map((month) => (
    <option key={month} value={month}>
      {formatMonth(month, language)}
    </option>
  ));

  return (
    <form ref={form} className="card stack summary-make" onSubmit={(event) => void make(event)} noValidate aria-busy={action.busy} aria-labelledby="summary-make-title">
      <h2 id="summary-make-title">{words.words('auditScreen.make.title')}</h2>
      <p>{words.words('auditScreen.make.what')}</p>
      <fieldset className="summary-period">
        <legend>{words.words('auditScreen.make.period')}</legend>
        <p className="hint" id="summary-period-hint">
          {words.words('auditScreen.make.periodHint')}
        </p>
        <div className="field-row">
          <SelectField id="summary-from" label={words.words('auditScreen.make.from')} value={request.from} onChange={(event) => set('from', event.target.value)} describedBy="summary-period-hint">
            {monthOptions}
          </SelectField>
          <SelectField id="summary-to" label={words.words('auditScreen.make.to')} value={request.to} onChange={(event) => set('to', event.target.value)} error={said('to')}>
            {monthOptions}
          </SelectField>
        </div>
      </fieldset>
      <PathField
        id="summary-path"
        label={words.words('auditScreen.make.pathLabel')}
        hint={words.words('auditScreen.make.pathHint')}
        value={request.path}
        onChange={(event) => set('path', event.target.value)}
        error={said('path')}
      />
      <PathField
        id="summary-journal-path"
        label={words.words('auditScreen.make.journalLabel')}
        hint={words.words('auditScreen.make.journalHint')}
        value={request.journalPath}
        onChange={(event) => set('journalPath', event.target.value)}
      />
      <PathField
        id="summary-pdf-out"
        label={words.words('auditScreen.make.pdfLabel')}
        hint={words.words('auditScreen.make.pdfHint')}
        value={request.pdfPath}
        onChange={(event) => set('pdfPath', event.target.value)}
      />
      <details className="technical-details summary-advanced" open={advancedOpen} onToggle={(event) => setAdvancedOpen(event.currentTarget.open)}>
        <summary>{words.words('auditScreen.make.advanced')}</summary>
        <div className="technical-details-body">
          <Field
            id="summary-smallest-cell"
            className="field-short"
            label={words.words('auditScreen.make.smallestCellLabel')}
            hint={words.words('auditScreen.make.smallestCellHint', { least: leastSmallestCell, standard: defaultSmallestCell })}
            type="number"
            inputMode="numeric"
            min={leastSmallestCell}
            step={1}
            value={request.smallestCell}
            onChange={(event) => set('smallestCell', event.target.value)}
            error={said('smallestCell')}
          />
        </div>
      </details>
      <Alert id="summary-make-refused" error={action.error} afterword={action.error === null ? undefined : words.words('auditScreen.make.nothingWritten')} />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {action.busy ? words.words('auditScreen.make.making') : words.words('auditScreen.make.make')}
        </button>
      </div>
      {action.busy ? <WorkProgressBar id="summary-progress" work="summary" progress={progress} /> : null}
    </form>
  );
}

/** Where the files went, the fingerprint to publish beside the file, and how many figures were hidden. */
function MadeSummary({ made, onAnother }: { made: Made; onAnother: () => void }) {
  const words = useWords();
  return (
    <section className="card stack-tight summary-made" aria-labelledby="summary-made-title">
      <Heading level={2} id="summary-made-title" focusOnMount>
        {words.words('auditScreen.made.title')}
      </Heading>
      <dl className="facts">
        <dt>{words.words('auditScreen.made.file')}</dt>
        <dd>
          <code className="path">{made.path}</code>
        </dd>
        {made.journalPath === null ? null : (
          <>
            <dt>{words.words('auditScreen.made.journal')}</dt>
            <dd>
              <code className="path">{made.journalPath}</code>
            </dd>
          </>
        )}
        {made.pdfPath === null ? null : (
          <>
            <dt>{words.words('auditScreen.made.pdf')}</dt>
            <dd>
              <code className="path">{made.pdfPath}</code>
            </dd>
          </>
        )}
        <dt>{words.words('auditScreen.made.fingerprint')}</dt>
        <dd>
          <SummaryFingerprint id="summary-made-fingerprint" fingerprint={made.fingerprint} />
        </dd>
      </dl>
      <p>{words.words('auditScreen.made.hidden', { hidden: hiddenFigures(made.summary.months), smallestCell: made.summary.smallestCell })}</p>
      <p>{words.words('auditScreen.made.next')}</p>
      <div className="actions">
        <button type="button" onClick={onAnother}>
          {words.words('auditScreen.made.another')}
        </button>
      </div>
    </section>
  );
}
