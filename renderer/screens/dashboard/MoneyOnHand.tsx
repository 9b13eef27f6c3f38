import type { MoneyOnHand as OnHand } from '../../../shared/contract/index.ts';
import { money } from '../../../shared/messages/message.ts';
import { useWords } from '../../language/words.tsx';

/**
 * The first number a treasurer reports: all the money the group holds, per currency (never added
 * across currencies), with the part in frozen accounts said beside it, since that money cannot pay out.
 */
export function MoneyOnHand({ onHand }: { onHand: OnHand[] }) {
  const words = useWords();
  return (
    <section className="card on-hand" aria-labelledby="on-hand-title">
      <h2 id="on-hand-title">{words.words('dashboardScreen.onHand.title')}</h2>
      <ul className="on-hand-figures">
        {onHand.map((total) => (
          <li key={total.currency}>
            <span className="on-hand-amount">{words.money(total.amount, total.currency)}</span>
            <span className={total.inFrozen === 0 ? 'on-hand-frozen quiet' : 'on-hand-frozen frozen-part'}>
              {total.inFrozen === 0 ? words.words('dashboardScreen.onHand.noneFrozen') : words.words('dashboardScreen.onHand.inFrozen', { amount: money(total.inFrozen, total.currency) })}
            </span>
          </li>
        ))}
      </ul>
      <p className="hint">{words.words('dashboardScreen.onHand.hint')}</p>
    </section>
  );
}
