import { useState } from 'react';
import type { Fund } from '../../../shared/contract/index.ts';
import { sumByCurrency } from '../../../shared/sumByCurrency.ts';
import { generalFundId } from '../../../shared/contract/index.ts';
import { list, money } from '../../../shared/messages/message.ts';
import { Alert } from '../../components/Alert.tsx';
import { NameAndArchivePanel } from '../../components/NameAndArchivePanel.tsx';
import { ScreenTitle } from '../../components/ScreenTitle.tsx';
import { treasury } from '../../treasury.ts';
import { useFocusOnMount } from '../../useFocusOnMount.ts';
import { useLoaded } from '../../useLoaded.ts';
import { byId, useFocusLater } from '../../useFocusLater.ts';
import { useKeyDown } from '../../useKeyDown.ts';
import { FreeText } from '../../components/FreeText.tsx';
import { useWords } from '../../language/words.tsx';
import { AddFundForm } from './AddFundForm.tsx';
import { CategoriesSection } from './CategoriesSection.tsx';

function readFunds(): Promise<Fund[]> {
  return treasury.funds.list();
}

/** The funds money is set aside in, what each holds, and a form to add one; then the group's own categories, to rename one. */
export function FundsScreen({ onLocked }: { onLocked: () => void }) {
  const words = useWords();
  const funds = useLoaded(readFunds, onLocked);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [naming, setNaming] = useState<number | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const focusLater = useFocusLater();
  const all = funds.value ?? [];
  // Archived funds are empty: the totals are what the funds in use hold.
  const totals = sumByCurrency(all.flatMap((fund) => fund.balances));
  const namingFund = all.find((fund) => fund.id === naming);
  const archivedCount = all.filter((fund) => fund.archived).length;
  const shown = all.filter((fund) => showArchived || !fund.archived || fund.id === naming);

  return (
    <div className="screen screen-full readable-cards">
      <ScreenTitle title={words.words('fundsScreen.title')} intro={words.words('fundsScreen.intro')}>
        {adding ? null : (
          <button
            id="add-fund-button"
            type="button"
            className="primary"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            {words.words('fundsScreen.add')}
          </button>
        )}
      </ScreenTitle>
      <Alert error={funds.error} />
      <p className="saved" role="status">
        {added}
      </p>
      {adding ? (
        <AddFundForm
          onAdded={(fund) => {
            setAdding(false);
            setAdded(words.words('fundsScreen.added', { name: fund.name }));
            void funds.reload();
            focusLater(byId('add-fund-button'));
          }}
          onCancel={() => {
            setAdding(false);
            focusLater(byId('add-fund-button'));
          }}
          onLocked={onLocked}
        />
      ) : null}
      {funds.value === null ? null : (
        <section className="card" aria-labelledby="funds-list-title">
          <h2 id="funds-list-title">{words.words('fundsScreen.list.title')}</h2>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{words.words('fundsScreen.list.fund')}</th>
                <th scope="col">{words.words('fundsScreen.list.purpose')}</th>
                <th scope="col" className="number">
                  {words.words('fundsScreen.list.balance')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{words.words('fundsScreen.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((fund) => (
                <tr key={fund.id} className={fund.archived ? 'archived-row' : undefined}>
                  <th scope="row">
                    {fund.name}
                    {fund.restricted ? <span className="tag tag-restricted">{words.words('common.restricted')}</span> : null}
                    {fund.archived ? <span className="tag tag-quiet">{words.words('fundsScreen.list.archived')}</span> : null}
                  </th>
                  <td>{fund.purpose !== null ? <FreeText text={fund.purpose} /> : fund.restricted ? '' : <span className="quiet">{words.words('fundsScreen.list.anyPurpose')}</span>}</td>
                  <td className="number">
                    {fund.balances.length === 0 ? (
                      <span className="quiet">{words.words('fundsScreen.list.nothingYet')}</span>
                    ) : (
                      fund.balances.map((held) => <div key={held.currency}>{words.money(held.amount, held.currency)}</div>)
                    )}
                  </td>
                  <td>
                    <button
                      id={`name-fund-${fund.id}`}
                      type="button"
                      className="small"
                      aria-expanded={naming === fund.id}
                      aria-label={words.words('fundsScreen.nameOf', { name: fund.name })}
                      onClick={() => setNaming(fund.id)}
                    >
                      {words.words('fundsScreen.list.nameButton')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {totals.map((total) => (
                <tr key={total.currency}>
                  <th scope="row" colSpan={2}>
                    {words.words('fundsScreen.list.total', { currency: total.currency })}
                  </th>
                  <td className="number">{words.money(total.amount, total.currency)}</td>
                  <td />
                </tr>
              ))}
            </tfoot>
          </table>
          <p className="hint">{words.words('fundsScreen.list.restrictedHint')}</p>
          {archivedCount === 0 ? null : (
            <p>
              <button type="button" className="link-button" aria-pressed={showArchived} onClick={() => setShowArchived(!showArchived)}>
                {words.words(showArchived ? 'fundsScreen.hideArchived' : 'fundsScreen.showArchived', { count: archivedCount })}
              </button>
            </p>
          )}
        </section>
      )}
      {namingFund === undefined ? null : (
        <FundNamePanel
          key={namingFund.id}
          fund={namingFund}
          onChanged={(done) => {
            setAdded(done);
            void funds.reload();
          }}
          onClose={() => {
            setNaming(null);
            focusLater(byId(`name-fund-${namingFund.id}`));
          }}
          onLocked={onLocked}
        />
      )}
      <CategoriesSection onLocked={onLocked} />
    </div>
  );
}

interface FundNamePanelProps {
  fund: Fund;
  onChanged: (done: string) => void;
  onClose: () => void;
  onLocked: () => void;
}

/** The card where a fund is renamed or archived; its heading takes focus, Escape closes it. */
function FundNamePanel({ fund, onChanged, onClose, onLocked }: FundNamePanelProps) {
  const words = useWords();
  const title = useFocusOnMount<HTMLHeadingElement>();
  const panel = useKeyDown<HTMLElement>((event) => {
    if (event.key === 'Escape') onClose();
  });
  const held = fund.balances.filter((balance) => balance.amount !== 0);
  const cannotArchive =
    fund.id === generalFundId
      ? words.words('fundsScreen.generalStays')
      : held.length > 0
        ? words.words('fundsScreen.holdsMoney', { amount: list(held.map((balance) => money(balance.amount, balance.currency))) })
        : null;
  return (
    <section ref={panel} className="card" aria-labelledby="fund-name-title">
      <div className="card-title">
        <h2 id="fund-name-title" ref={title} tabIndex={-1} className="heading">
          {words.words('fundsScreen.nameOf', { name: fund.name })}
        </h2>
        <button type="button" onClick={onClose}>
          {words.words('fundsScreen.close')}
        </button>
      </div>
      <NameAndArchivePanel
        idPrefix={`fund-${fund.id}`}
        name={fund.name}
        formerNames={fund.formerNames}
        archived={fund.archived}
        cannotArchive={cannotArchive}
        rename={(name) => treasury.funds.rename({ fundId: fund.id, name })}
        setArchived={(archived) => treasury.funds.archive({ fundId: fund.id, archived })}
        onChanged={onChanged}
        onLocked={onLocked}
      />
    </section>
  );
}
