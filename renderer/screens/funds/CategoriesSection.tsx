import { useState, type FormEvent } from 'react';
import type { Category } from '../../../shared/contract/index.ts';
import { categoryLabel } from '../../../shared/messages/ledgerWords.ts';
import { list } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { Field } from '../../components/Field.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { useLoaded } from '../../useLoaded.ts';
import { useVaultAction } from '../../useVaultAction.ts';

function readCategories(): Promise<Category[]> {
  return treasury.categories.list({});
}

/** The id of a category's Rename button: its name has letters, digits, spaces and dashes, never "_", so the id is its own. */
const buttonId = (name: string) => `rename-category-${encodeURIComponent(name).replaceAll('%', '_')}`;

/**
 * The group's own categories, each with the names it had before, and a form to rename one (a slip
 * like "groceris"). Its entries keep the name they were recorded with, which still finds it. The
 * built-in categories are not listed: their names come with the app, in each language.
 */
export function CategoriesSection({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const categories = useLoaded(readCategories, onLocked);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const own = (categories.value ?? []).filter((category) => !category.builtIn);
  const renamingCategory = own.find((category) => category.name === renaming);

  return (
    <section className="card" aria-labelledby="categories-title">
      <h2 id="categories-title">{words.words('fundsScreen.categories.title')}</h2>
      <p className="hint">{words.words('fundsScreen.categories.intro')}</p>
      <Alert error={categories.error} />
      <p className="saved" role="status">
        {done}
      </p>
      {categories.value === null ? null : own.length === 0 ? (
        <p className="quiet">{words.words('fundsScreen.categories.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{words.words('fundsScreen.categories.category')}</th>
              <th scope="col">
                <span className="visually-hidden">{words.words('fundsScreen.list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {own.map((category) => (
              <tr key={category.name}>
                <th scope="row">
                  {categoryLabel(words, category.name)}
                  {category.formerNames.length === 0 ? null : <span className="quiet"> {words.words('fundsScreen.categories.formerly', { names: list(category.formerNames) })}</span>}
                </th>
                <td>
                  <button
                    id={buttonId(category.name)}
                    type="button"
                    className="small"
                    aria-expanded={renaming === category.name}
                    aria-label={words.words('fundsScreen.categories.renameOf', { name: categoryLabel(words, category.name) })}
                    onClick={() => {
                      setDone(null);
                      setRenaming(category.name);
                    }}
                  >
                    {words.words('fundsScreen.categories.rename')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {renamingCategory === undefined ? null : (
        <CategoryRenameForm
          key={renamingCategory.name}
          category={renamingCategory}
          onRenamed={async (renamed) => {
            setDone(words.words('fundsScreen.categories.renamed', { from: categoryLabel(words, renamingCategory.name), to: categoryLabel(words, renamed.name) }));
            setRenaming(null);
            await categories.reload();
            focusLater(byId(buttonId(renamed.name)));
          }}
          onClose={() => {
            setRenaming(null);
            focusLater(byId(buttonId(renamingCategory.name)));
          }}
          onLocked={onLocked}
        />
      )}
    </section>
  );
}

interface CategoryRenameFormProps {
  category: Category;
  onRenamed: (renamed: Category) => Promise<void>;
  onClose: () => void;
  onLocked: () => void;
}

/** The new name of one category; its field takes focus, Enter renames, Escape closes. */
function CategoryRenameForm({ category, onRenamed, onClose, onLocked }: CategoryRenameFormProps) {
  const words = useWords();
  const action = useVaultAction(onLocked);
  const [to, setTo] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useFocusOnMount<HTMLInputElement>();
  const form = useKeyDown<HTMLFormElement>((event) => {
    if (event.key === 'Escape') onClose();
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (action.busy) return;
    setMissing(to.trim() === '');
    if (to.trim() === '') return field.current?.focus();
    let renamed: Category | null = null;
    const ok = await action.run(async () => {
      renamed = await treasury.categories.rename({ name: category.name, to });
    });
    if (ok && renamed !== null) await onRenamed(renamed);
    else field.current?.focus();
  }

  return (
    <form ref={form} className="stack-tight" onSubmit={(event) => void submit(event)} noValidate aria-busy={action.busy}>
      <Field
        ref={field}
        id="category-new-name"
        label={words.words('fundsScreen.categories.newName', { name: categoryLabel(words, category.name) })}
        hint={words.words('fundsScreen.categories.newNameHint')}
        autoComplete="off"
        maxLength={40}
        value={to}
        onChange={(event) => {
          setTo(event.target.value);
          setMissing(false);
          action.clearError();
        }}
        error={missing ? words.words('fundsScreen.categories.nameMissing') : action.error === null ? null : words.say(action.error.reason)}
      />
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={action.busy}>
          {words.words('fundsScreen.categories.rename')}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {words.words('fundsScreen.form.cancel')}
        </button>
      </div>
    </form>
  );
}
