import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { dateFormats, type ColumnMapping, type DateFormat, type Input } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useEscapeCloses } from '../../useKeyDown.ts';
import { useLoaded } from '../../useLoaded.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { fieldProblems } from '../retention/fieldProblems.ts';
import { columnNames, guessHeaderLine, guessMapping, sampleOf, type MappingChoice, type PeekedRow } from './guessMapping.ts';
import { PeekTable } from './PeekTable.tsx';

interface MappingFormProps {
  /** The statement file's text: its first rows are what the mapping is made from. */
  text: string;
  onSaved: (mapping: ColumnMapping) => void;
  onCancel: () => void;
  onLocked: () => void;
}

/**
 * Makes a column mapping from the chosen file: its first rows as a spreadsheet shows them, the row
 * that names the columns, then a choice for each thing the importer reads, guessed from the names and
 * checked by the treasurer; saved under a name for the next statement of the same bank.
 */
export function MappingForm({ text, onSaved, onCancel, onLocked }: MappingFormProps) {
  const words = useWords();
  const peek = useLoaded(
    useCallback(() => treasury.import.peek({ text }), [text]),
    onLocked,
  );
  const rows = peek.value?.rows ?? null;
  const cancel = (
    <div className="actions">
      <button type="button" onClick={onCancel}>
        {words.words('components.cancel')}
      </button>
    </div>
  );
  return (
    <section className="import-mapping-form stack-tight" aria-labelledby="import-mapping-form-title">
      <h3 id="import-mapping-form-title">{words.words('importScreen.mapping.title')}</h3>
      <Alert error={peek.error} />
      {rows === null && peek.error === null ? <p className="quiet">{words.words('importScreen.mapping.reading')}</p> : null}
      {rows === null && peek.error !== null ? cancel : null}
      {rows !== null && rows.length === 0 ? (
        <>
          <p className="notice">{words.words('importScreen.mapping.noRows')}</p>
          {cancel}
        </>
      ) : null}
      {rows !== null && rows.length > 0 ? <MappingFields rows={rows} onSaved={onSaved} onCancel={onCancel} onLocked={onLocked} /> : null}
    </section>
  );
}

type Problems = Partial<Record<string, string>>;

/** The order the fields come in, for the cursor to go to the first one refused. */
const fieldOrder = ['headerLine', 'dateColumn', 'dateFormat', 'amountColumn', 'inColumn', 'outColumn', 'decimalSeparator', 'descriptionColumn', 'transactionIdColumn', 'counterpartyColumn', 'name'];
const fieldId = (field: string) => `mapping-${field}`;

function MappingFields({ rows, onSaved, onCancel, onLocked }: { rows: PeekedRow[]; onSaved: (mapping: ColumnMapping) => void; onCancel: () => void; onLocked: () => void }) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [choice, setChoice] = useState<MappingChoice>(() => guessMapping(rows, guessHeaderLine(rows)));
  const [name, setName] = useState('');
  const [checked, setChecked] = useState<Problems>({});
  const first = useFocusOnMount<HTMLSelectElement>();
  const form = useEscapeCloses(onCancel);
  const columns = columnNames(rows, choice.headerLine);
  const set = (change: Partial<MappingChoice>) => setChoice((current) => ({ ...current, ...change }));

  // The core's refusal, each problem under its own field; a name already taken under the name.
  const refused: Problems = Object.fromEntries(Object.entries(fieldProblems(action.error)).map(([field, problem]) => [field, problem === undefined ? undefined : words.say(problem)]));
  if (action.error?.code === 'NAME_TAKEN') refused.name = words.say(action.error.reason);
  const problems: Problems = { ...refused, ...checked };
  const firstWrong = fieldOrder.find((field) => problems[field] !== undefined);
  const shownElsewhere = action.error !== null && Object.keys(refused).length > 0;

  // After a save refused (here or by the core), the cursor goes to the first field to put right; not while the treasurer edits another.
  const focusRefused = useRef(false);
  useEffect(() => {
    if (!focusRefused.current || action.busy) return;
    focusRefused.current = false;
    if (firstWrong !== undefined) document.getElementById(fieldId(firstWrong))?.focus();
  }, [firstWrong, action.busy, action.error, checked]);

  function mappingOf(): Input<'mappings.add'> {
    const optional = (column: string) => (column === '' ? undefined : column);
    const common = {
      name: name.trim(),
      dateColumn: choice.dateColumn,
      dateFormat: choice.dateFormat,
      decimalSeparator: choice.decimalSeparator,
      descriptionColumn: optional(choice.descriptionColumn),
      transactionIdColumn: optional(choice.transactionIdColumn),
      counterpartyColumn: optional(choice.counterpartyColumn),
    };
    return choice.amountKind === 'one' ? { ...common, amountColumn: choice.amountColumn } : { ...common, inColumn: choice.inColumn, outColumn: choice.outColumn };
  }

  /** What the form can tell before asking the core: a choice left empty. */
  function check(): Problems {
    const found: Problems = {};
    const missing = (message: Message) => words.say(message);
    if (choice.dateColumn === '') found.dateColumn = missing(say('importScreen.mapping.dateMissing'));
    if (choice.amountKind === 'one' && choice.amountColumn === '') found.amountColumn = missing(say('importScreen.mapping.amountMissing'));
    if (choice.amountKind === 'inAndOut' && choice.inColumn === '') found.inColumn = missing(say('importScreen.mapping.inMissing'));
    if (choice.amountKind === 'inAndOut' && choice.outColumn === '') found.outColumn = missing(say('importScreen.mapping.outMissing'));
    if (name.trim() === '') found.name = missing(say('importScreen.mapping.nameMissing'));
    return found;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    const found = check();
    focusRefused.current = true;
    setChecked(found);
    action.clearError();
    if (Object.keys(found).length > 0) return;
    let saved: ColumnMapping | undefined;
    await action.run(async () => {
      saved = await treasury.mappings.add(mappingOf());
    });
    if (saved !== undefined) onSaved(saved);
  }

  const columnSelect = (field: keyof MappingChoice & `${string}Column`, label: string, optional: boolean, hint?: ReactNode) => (
    <SelectField
      id={fieldId(field)}
      label={label}
      hint={hint}
      value={choice[field]}
      error={problems[field] ?? null}
      onChange={(event) => {
        setChecked({});
        set({ [field]: event.target.value });
      }}
    >
      <option value="">{optional ? words.words('importScreen.mapping.noColumn') : words.words('importScreen.mapping.chooseColumn')}</option>
      {columns.map((column) => (
        <option key={column} value={column}>
          {column}
        </option>
      ))}
    </SelectField>
  );

  const dateSample = choice.dateColumn === '' ? undefined : sampleOf(rows, choice.headerLine, choice.dateColumn).find((cell) => /^\d/u.test(cell));
  return (
    <form ref={form} className="stack-tight" aria-labelledby="import-mapping-form-title" onSubmit={(event) => void save(event)} noValidate aria-busy={action.busy}>
      <p id="import-peek-title">{words.words('importScreen.mapping.firstRows', { count: rows.length })}</p>
      <PeekTable rows={rows} headerLine={choice.headerLine} labelledBy="import-peek-title" />
      <SelectField
        ref={first}
        id={fieldId('headerLine')}
        label={words.words('importScreen.mapping.headerLabel')}
        hint={words.words('importScreen.mapping.headerHint')}
        value={choice.headerLine}
        onChange={(event) => {
          setChecked({});
          setChoice(guessMapping(rows, Number(event.target.value)));
        }}
      >
        {rows.map((row) => (
          <option key={row.line} value={row.line}>
            {words.words('importScreen.mapping.headerOption', { line: row.line, cells: rowText(row.cells) })}
          </option>
        ))}
      </SelectField>
      <div className="field-grid import-mapping-fields">
        {columnSelect('dateColumn', words.words('importScreen.mapping.dateColumn'), false)}
        <SelectField
          id={fieldId('dateFormat')}
          label={words.words('importScreen.mapping.dateFormat')}
          hint={dateSample === undefined ? undefined : words.words('importScreen.mapping.dateSample', { sample: dateSample })}
          value={choice.dateFormat}
          error={problems.dateFormat ?? null}
          onChange={(event) => set({ dateFormat: event.target.value as DateFormat })}
        >
          {dateFormats.map((format) => (
            <option key={format} value={format}>
              {words.words('importScreen.mapping.dateFormatOption', { format, example: exampleDate(format) })}
            </option>
          ))}
        </SelectField>
        <fieldset className="field choice field-span-all">
          <legend>{words.words('importScreen.mapping.amountKind')}</legend>
          <label className="checkbox">
            <input type="radio" name="mapping-amount-kind" checked={choice.amountKind === 'one'} onChange={() => set({ amountKind: 'one' })} />
            {words.words('importScreen.mapping.oneColumn')}
          </label>
          <label className="checkbox">
            <input type="radio" name="mapping-amount-kind" checked={choice.amountKind === 'inAndOut'} onChange={() => set({ amountKind: 'inAndOut' })} />
            {words.words('importScreen.mapping.inAndOut')}
          </label>
        </fieldset>
        {choice.amountKind === 'one' ? (
          columnSelect('amountColumn', words.words('importScreen.mapping.amountColumn'), false)
        ) : (
          <>
            {columnSelect('inColumn', words.words('importScreen.mapping.inColumn'), false)}
            {columnSelect('outColumn', words.words('importScreen.mapping.outColumn'), false)}
          </>
        )}
        <fieldset className="field choice field-span-all">
          <legend>{words.words('importScreen.mapping.decimal')}</legend>
          <label className="checkbox">
            <input type="radio" name="mapping-decimal" checked={choice.decimalSeparator === '.'} onChange={() => set({ decimalSeparator: '.' })} />
            {words.words('importScreen.mapping.decimalPoint')}
          </label>
          <label className="checkbox">
            <input type="radio" name="mapping-decimal" checked={choice.decimalSeparator === ','} onChange={() => set({ decimalSeparator: ',' })} />
            {words.words('importScreen.mapping.decimalComma')}
          </label>
        </fieldset>
        {columnSelect('descriptionColumn', words.words('importScreen.mapping.descriptionColumn'), true, words.words('importScreen.mapping.descriptionHint'))}
        {columnSelect('transactionIdColumn', words.words('importScreen.mapping.transactionIdColumn'), true, words.words('importScreen.mapping.transactionIdHint'))}
        {columnSelect('counterpartyColumn', words.words('importScreen.mapping.counterpartyColumn'), true, words.words('importScreen.mapping.counterpartyHint'))}
        <Field
          id={fieldId('name')}
          label={words.words('importScreen.mapping.name')}
          hint={words.words('importScreen.mapping.nameHint')}
          autoComplete="off"
          value={name}
          onChange={(event) => {
            setChecked({});
            setName(event.target.value);
          }}
          error={problems.name ?? null}
        />
      </div>
      {shownElsewhere ? null : <Alert error={action.error} />}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {action.busy ? words.words('importScreen.mapping.saving') : words.words('importScreen.mapping.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {words.words('components.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A row's cells in a choice: the filled ones, cut short. */
function rowText(cells: string[]): string {
  const text = cells
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(', ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** 30 November 2026 as each format writes it: an example a person recognises. */
function exampleDate(format: DateFormat): string {
  return format.replace('YYYY', '2026').replace('MM', '11').replace('DD', '30');
}
