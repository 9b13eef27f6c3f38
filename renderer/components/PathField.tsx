import type { ComponentProps } from 'react';
import { chosenFolderSchema } from '../../shared/desktopBridge.ts';
import { useWords } from '../language/words.tsx';
import { Field } from './Field.tsx';

type PathFieldProps = Omit<ComponentProps<typeof Field>, 'className' | 'spellCheck' | 'autoComplete' | 'beside'> & {
  /**
   * For a folder's path: where the system's folder picker is (the Electron app), a Choose… button beside
   * the field opens it and gives the folder chosen here; a cancelled picker changes nothing. Elsewhere
   * (the Chromium shell) the path is typed.
   */
  onFolderChosen?: (folder: string) => void;
};

/**
 * A field for a file's or a folder's full path: wide enough to read it whole, and neither
 * spell-checked nor filled in from what the browser remembers (a path is not a word, and a vault's
 * whereabouts are not something to keep in a form history).
 */
export function PathField({ onFolderChosen, ...props }: PathFieldProps) {
  const words = useWords();
  const desktop = window.desktop;
  const choose =
    onFolderChosen === undefined || desktop === undefined ? undefined : (
      <button
        type="button"
        onClick={() =>
          void desktop.chooseFolder().then(
            (chosen) => {
              const folder = chosenFolderSchema.parse(chosen);
              if (folder !== null) onFolderChosen(folder);
            },
            // A picker that could not open leaves the field as it was: the path can still be typed.
            () => undefined,
          )
        }
      >
        {words.words('components.pathField.chooseFolder')}
      </button>
    );
  return <Field {...props} className="field-wide" spellCheck={false} autoComplete="off" beside={choose} />;
}
