import { useEffect, useMemo, useRef, useState } from 'react';
import type { CategoryRule, ColumnMapping, ImportPreview, ImportResult, PaymentAccount, StatementFormat } from '../../../shared/contract/index.ts';
import type { Message } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { useWords } from '../../language/words.tsx';
import { treasury } from '../../treasury.ts';
import { useLoaded } from '../../useLoaded.ts';
import { inUse } from '../../inUse.ts';
import { AccountStep } from './AccountStep.tsx';
import { FileStep } from './FileStep.tsx';
import { FormatStep } from './FormatStep.tsx';
import { importDone, type ImportDone } from './importDone.ts';
import { LinkedAccountStep } from './LinkedAccountStep.tsx';
import { MappingsSection } from './MappingsSection.tsx';
import { PreviewSection } from './PreviewSection.tsx';
import { RulesSection } from './RulesSection.tsx';
import { readStatementFile, type ChosenStatement } from './statementFile.ts';
import { useStatementPreview, type PreviewAsked } from './useStatementPreview.ts';

interface ImportReferences {
  accounts: PaymentAccount[];
  categories: string[];
  rules: CategoryRule[];
  mappings: ColumnMapping[];
}

function readReferences(): Promise<ImportReferences> {
  return Promise.all([treasury.accounts.list(), treasury.categories.list(), treasury.rules.list({}), treasury.mappings.list({})]).then(([overview, categories, rules, mappings]) => ({
    accounts: overview.accounts,
    categories: categories.map((category) => category.name),
    rules,
    mappings,
  }));
}

/** Refusals of the preview about the linked account: shown in its step rather than the format's. */
const aboutLinked = (key: string) => key === 'import.linkedIsSame' || key === 'import.linkedCurrency';

interface ImportScreenProps {
  onLocked: () => void;
  /** Back to the ledger: with what was imported, or null when nothing was. */
  onClose: (done: ImportDone | null) => void;
}

/**
 * Importing a payment platform's or a bank's statement, on one page with its steps in view: the
 * account, the file, how it is read, the linked account when it is needed, then the preview and the
 * button that imports exactly what it shows. The group's column mappings and category rules are
 * below, and a change to either is seen in the preview at once. Nothing is written before Import.
 */
export function ImportScreen({ onLocked, onClose }: ImportScreenProps) {
  const words = useWords();
  const references = useLoaded(readReferences, onLocked);
  const [accountId, setAccountId] = useState('');
  const [file, setFile] = useState<ChosenStatement | null>(null);
  const [readingName, setReadingName] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<Message | null>(null);
  const [format, setFormat] = useState<StatementFormat | ''>('');
  const [mapping, setMapping] = useState('');
  const [linkedId, setLinkedId] = useState('');
  const [bookAnyway, setBookAnyway] = useState<number[]>([]);
  const [version, setVersion] = useState(0);
  const [mappingFormOpen, setMappingFormOpen] = useState(false);
  const filesChosen = useRef(0);
  /** Set when the treasurer did something whose answer is the preview (chose a file, saved a mapping): focus goes to it when it comes. */
  const focusWhenPreviewed = useRef(false);

  const asked = useMemo<PreviewAsked | null>(() => {
    if (accountId === '' || file === null || (format === 'csv' && mapping === '')) return null;
    const byMapping = format === 'csv' ? mapping : undefined;
    return {
      basis: JSON.stringify([file.serial, accountId, format, byMapping ?? '']),
      request: {
        text: file.text,
        accountId: Number(accountId),
        linkedAccountId: linkedId === '' ? undefined : Number(linkedId),
        format: format === '' ? undefined : format,
        mapping: byMapping,
        bookAnyway,
      },
    };
  }, [accountId, file, format, mapping, linkedId, bookAnyway]);
  const previewed = useStatementPreview(asked, version, onLocked);
  const { preview, error } = previewed;

  // The answer to the treasurer's step: the preview's heading, or the step that says why there is none.
  useEffect(() => {
    if (!focusWhenPreviewed.current || asked === null || previewed.busy) return;
    focusWhenPreviewed.current = false;
    const target = preview !== null ? 'import-preview-title' : error !== null && aboutLinked(error.reason.key) ? 'import-linked-title' : 'import-format-title';
    document.getElementById(target)?.focus();
  }, [asked, previewed.busy, preview, error]);

  // Escape goes back to the ledger while nothing is under way here; inside a form it is the form's.
  const underWay = file !== null || readingName !== null || mappingFormOpen;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || underWay || document.querySelector('dialog[open]') !== null) return;
      if ((event.target as HTMLElement | null)?.closest('form, textarea') != null) return;
      event.preventDefault();
      onClose(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [underWay, onClose]);

  async function chooseFile(chosen: File) {
    filesChosen.current += 1;
    const serial = filesChosen.current;
    setReadingName(chosen.name);
    setFileProblem(null);
    const read = await readStatementFile(chosen, serial);
    // Another file was chosen while this one was read: that one counts.
    if (serial !== filesChosen.current) return;
    setReadingName(null);
    setBookAnyway([]);
    setFormat('');
    setMapping('');
    setMappingFormOpen(false);
    if ('problem' in read) {
      setFile(null);
      setFileProblem(read.problem);
      return;
    }
    setFile(read);
    focusWhenPreviewed.current = accountId !== '';
  }

  function chooseAccount(next: string) {
    setAccountId(next);
    setBookAnyway([]);
    // Another account has another bank behind it (or is that bank): asked again if needed.
    setLinkedId('');
  }

  const reloadAndPreview = async () => {
    await references.reload();
    setVersion((current) => current + 1);
  };

  const value = references.value;
  const account = value?.accounts.find((each) => String(each.id) === accountId);
  const formatError = error !== null && !aboutLinked(error.reason.key) ? error : null;
  const linkedError = error !== null && aboutLinked(error.reason.key) ? error : null;

  function imported(result: ImportResult, preview: ImportPreview) {
    onClose(importDone(result, preview, value?.accounts ?? []));
  }

  return (
    <div className="screen screen-full import-screen">
      <ScreenTitle title={words.words('importScreen.title')} intro={words.words('importScreen.intro')}>
        <button type="button" onClick={() => onClose(null)}>
          {words.words('importScreen.back')}
        </button>
      </ScreenTitle>
      <Alert error={references.error} />
      {value === null ? (
        references.error === null ? (
          <p className="quiet">{words.words('importScreen.loading')}</p>
        ) : null
      ) : (
        <div className="sections">
          <div className="import-steps">
            <AccountStep accounts={inUse(value.accounts)} accountId={accountId} onChoose={chooseAccount} />
            <FileStep chosenName={file?.name ?? null} reading={readingName !== null} problem={fileProblem} onChoose={(chosen) => void chooseFile(chosen)} />
            <FormatStep
              asked={asked !== null || (file !== null && accountId !== '')}
              preview={preview}
              error={formatError}
              format={format}
              mapping={mapping}
              mappings={value.mappings}
              onFormat={(next) => {
                setFormat(next);
                setBookAnyway([]);
              }}
              onMapping={(name) => {
                setMapping(name);
                setBookAnyway([]);
                if (name !== '') setFormat('csv');
              }}
              onMakeMapping={() => setMappingFormOpen(true)}
            />
            <LinkedAccountStep
              account={account}
              accounts={inUse(value.accounts)}
              linkedId={linkedId}
              needed={preview?.needsLinkedAccount ?? false}
              known={preview !== null}
              error={linkedError}
              onChoose={setLinkedId}
            />
          </div>
          <PreviewSection
            request={asked?.request ?? null}
            state={previewed}
            readingName={readingName}
            accounts={value.accounts}
            bookAnyway={bookAnyway}
            onBookAnyway={(line, book) => setBookAnyway((current) => (book ? [...current.filter((each) => each !== line), line] : current.filter((each) => each !== line)))}
            onImported={imported}
            onPlanMoved={() => setVersion((current) => current + 1)}
            onLocked={onLocked}
          />
          <MappingsSection
            mappings={value.mappings}
            fileText={file?.text ?? null}
            formOpen={mappingFormOpen}
            onOpenForm={() => setMappingFormOpen(true)}
            onCloseForm={() => setMappingFormOpen(false)}
            onSaved={(saved) => {
              setMappingFormOpen(false);
              setFormat('csv');
              setMapping(saved.name);
              setBookAnyway([]);
              focusWhenPreviewed.current = accountId !== '';
              void references.reload();
            }}
            onRemoved={async (name) => {
              if (name === mapping) setMapping('');
              await references.reload();
            }}
            onLocked={onLocked}
          />
          <RulesSection rules={value.rules} categories={value.categories} onChanged={reloadAndPreview} onLocked={onLocked} />
        </div>
      )}
    </div>
  );
}
