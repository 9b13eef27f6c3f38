import { statementFormats, type ColumnMapping, type ImportPreview, type StatementFormat } from '../../../shared/contract/index.ts';
import type { TreasuryError } from '../../../shared/errors.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { useWords } from '../../language/words.tsx';
import { formatChoices } from './importWords.ts';
import { ImportRefusal } from './ImportRefusal.tsx';
import { StepSection } from './StepSection.tsx';

interface FormatStepProps {
  /** Whether the account and the file are chosen, so the file is read. */
  asked: boolean;
  preview: ImportPreview | null;
  /** Why the file cannot be read as asked (errors about the linked account show in its own step). */
  error: TreasuryError | null;
  /** The format asked for; empty to let the file say. */
  format: StatementFormat | '';
  mapping: string;
  mappings: ColumnMapping[];
  onFormat: (format: StatementFormat | '') => void;
  onMapping: (name: string) => void;
  /** Opens the column mapping form on this file. */
  onMakeMapping: () => void;
}

/** Refusals that mean the file may be a bank's CSV: a column mapping is the way on. */
const mappingHelps = new Set(['import.unknownFormat', 'import.notThisMapping', 'import.csvNeedsMapping']);

/**
 * Step 3: how the file is read. The preview says which format it found ("Read as a Venmo
 * statement"); another can be chosen. A file no reader knows is offered a bank CSV's column mapping,
 * a saved one or one made from the file.
 */
export function FormatStep({ asked, preview, error, format, mapping, mappings, onFormat, onMapping, onMakeMapping }: FormatStepProps) {
  const words = useWords();
  const offerMapping = error !== null && mappingHelps.has(error.reason.key);
  const mappingChoice = (
    <SelectField
      id="import-mapping-choice"
      label={words.words('importScreen.format.mappingLabel')}
      value={mapping}
      onChange={(event) => {
        onMapping(event.target.value);
      }}
    >
      <option value="">{words.words('importScreen.format.chooseMapping')}</option>
      {mappings.map((each) => (
        <option key={each.name} value={each.name}>
          {each.name}
        </option>
      ))}
    </SelectField>
  );

  return (
    <StepSection id="import-format" number={3} title={words.words('importScreen.format.title')}>
      {!asked ? <p className="quiet">{words.words('importScreen.format.waiting')}</p> : null}
      {preview === null ? null : (
        <p className="import-read-as">
          <strong>{words.words('importScreen.format.readAs', { format: preview.format, mapping })}</strong>
        </p>
      )}
      {error === null ? null : <ImportRefusal id="import-format-problem" error={error} />}
      {asked || format !== '' ? (
        <SelectField
          id="import-format-choice"
          label={words.words('importScreen.format.label')}
          hint={words.words('importScreen.format.hint')}
          value={format}
          onChange={(event) => onFormat(event.target.value as StatementFormat | '')}
        >
          <option value="">{words.words('importScreen.format.detect')}</option>
          {statementFormats.map((each) => (
            <option key={each} value={each}>
              {words.say(formatChoices[each])}
            </option>
          ))}
        </SelectField>
      ) : null}
      {format === 'csv' || offerMapping ? (
        <div className="import-mapping-offer">
          {offerMapping && format !== 'csv' ? <p>{words.words('importScreen.format.offerMapping')}</p> : null}
          {mappings.length === 0 ? <p className="quiet">{words.words('importScreen.format.noMappings')}</p> : mappingChoice}
          <div className="actions">
            <button type="button" onClick={onMakeMapping}>
              {words.words('importScreen.format.makeMapping')}
            </button>
          </div>
        </div>
      ) : null}
    </StepSection>
  );
}
