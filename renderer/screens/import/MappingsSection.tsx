import { useState } from 'react';
import type { ColumnMapping } from '../../../shared/contract/index.ts';
import { say, type Message } from '../../../shared/messages/message.ts';
import type { Translator } from '../../../shared/messages/translator.ts';
import { Alert } from '../../components/Alert.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useVaultAction } from '../../useVaultAction.ts';
import { returnFocusTo, Section } from '../vault/Section.tsx';
import { MappingForm } from './MappingForm.tsx';

interface MappingsSectionProps {
  mappings: ColumnMapping[];
  /** The chosen statement file's text, which a new mapping is made from; null before one is chosen. */
  fileText: string | null;
  formOpen: boolean;
  onOpenForm: () => void;
  onCloseForm: () => void;
  onSaved: (mapping: ColumnMapping) => void;
  onRemoved: (name: string) => Promise<void>;
  onLocked: () => void;
}

/** Which columns a mapping reads, in a line: "Date “Date” (DD/MM/YYYY); money in “In”, money out “Out”". */
function columnsText(words: Translator, mapping: ColumnMapping): string {
  const amount =
    mapping.amountColumn === undefined
      ? words.words('importScreen.mappings.inAndOut', { moneyIn: mapping.inColumn ?? '', moneyOut: mapping.outColumn ?? '' })
      : words.words('importScreen.mappings.amount', { amount: mapping.amountColumn });
  return words.words('importScreen.mappings.columns', { date: mapping.dateColumn, format: mapping.dateFormat, amount });
}

/**
 * The column mappings saved for banks' CSV statements, each with Remove, and the form that makes one
 * from the chosen file (step 2 chooses it).
 */
export function MappingsSection({ mappings, fileText, formOpen, onOpenForm, onCloseForm, onSaved, onRemoved, onLocked }: MappingsSectionProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [done, setDone] = useState<Message | null>(null);

  async function remove(name: string) {
    if (action.busy) return;
    setDone(null);
    const removed = await action.run(async () => {
      await treasury.mappings.remove({ name });
    });
    if (!removed) return;
    await onRemoved(name);
    setDone(say('importScreen.mappings.removed', { name }));
    returnFocusTo('import-mappings');
  }

  return (
    <Section id="import-mappings" title={words.words('importScreen.mappings.title')}>
      <p>{words.words('importScreen.mappings.intro')}</p>
      {mappings.length === 0 ? (
        <p className="quiet">{words.words('importScreen.mappings.none')}</p>
      ) : (
        <div className="table-frame">
          <table className="data-table compact" aria-labelledby="import-mappings-title">
            <thead>
              <tr>
                <th scope="col">{words.words('importScreen.mappings.name')}</th>
                <th scope="col">{words.words('importScreen.mappings.reads')}</th>
                <th scope="col">
                  <span className="visually-hidden">{words.words('importScreen.mappings.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {mappings.map((mapping) => (
                <tr key={mapping.name}>
                  <th scope="row">{mapping.name}</th>
                  <td>{columnsText(words, mapping)}</td>
                  <td className="number">
                    <button
                      type="button"
                      className="small"
                      aria-label={words.words('importScreen.mappings.removeNamed', { name: mapping.name })}
                      aria-disabled={action.busy}
                      onClick={() => void remove(mapping.name)}
                    >
                      {words.words('importScreen.mappings.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="saved" role="status">
        {done === null ? null : words.say(done)}
      </p>
      <Alert error={action.error} />
      {formOpen && fileText !== null ? (
        <MappingForm
          text={fileText}
          onSaved={(mapping) => {
            setDone(say('importScreen.mappings.saved', { name: mapping.name }));
            onSaved(mapping);
          }}
          onCancel={() => {
            onCloseForm();
            returnFocusTo('import-mappings');
          }}
          onLocked={onLocked}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            aria-disabled={fileText === null}
            aria-describedby={fileText === null ? 'import-mapping-needs-file' : undefined}
            onClick={() => {
              if (fileText === null) return;
              setDone(null);
              onOpenForm();
            }}
          >
            {words.words('importScreen.mappings.make')}
          </button>
          {fileText === null ? (
            <p id="import-mapping-needs-file" className="hint">
              {words.words('importScreen.mappings.needsFile')}
            </p>
          ) : null}
        </div>
      )}
    </Section>
  );
}
