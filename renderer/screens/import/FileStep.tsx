import { useState, type DragEvent } from 'react';
import type { Message } from '../../../shared/messages/message.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import { StepSection } from './StepSection.tsx';

interface FileStepProps {
  /** The name of the file read, if one is. */
  chosenName: string | null;
  reading: boolean;
  /** Why the last file chosen cannot be used. */
  problem: Message | null;
  onChoose: (file: File) => void;
}

/** Whether a drag carries files (not text or a link dragged from elsewhere). */
const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * Step 2: the statement file, chosen with the file input (a button a keyboard reaches like any other)
 * or dropped anywhere on the box around it.
 */
export function FileStep({ chosenName, reading, problem, onChoose }: FileStepProps) {
  const words = useWords();
  const [over, setOver] = useState(false);

  function drop(event: DragEvent) {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) onChoose(file);
  }

  const describedBy = ['import-file-hint', problem === null ? null : 'import-file-problem'].filter((part) => part !== null).join(' ');
  return (
    <StepSection id="import-file" number={2} title={words.words('importScreen.file.title')}>
      <p id="import-file-hint" className="hint">
        {words.words('importScreen.file.hint')}
      </p>
      <div
        className={over ? 'import-drop over' : 'import-drop'}
        onDragOver={(event) => {
          if (!carriesFiles(event)) return;
          // Without this the browser would open the file in place of the app.
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor="import-file-input">{words.words('importScreen.file.label')}</label>
        <input
          id="import-file-input"
          type="file"
          accept=".csv,.ofx,.qfx,.txt,text/csv"
          aria-describedby={describedBy}
          aria-invalid={problem === null ? undefined : true}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) onChoose(file);
          }}
        />
        <p className="hint" aria-hidden="true">
          {words.words('importScreen.file.dropHere')}
        </p>
      </div>
      {problem === null ? null : (
        <p id="import-file-problem" className="field-error" role="alert">
          {words.say(problem)}
        </p>
      )}
      {reading || chosenName === null ? null : (
        <p className="import-chosen">
          {words.words('importScreen.file.chosen')} <FreeText text={chosenName} />
        </p>
      )}
    </StepSection>
  );
}
