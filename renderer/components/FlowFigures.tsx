import type { Flow } from '../../shared/contract/index.ts';
import { useWords } from '../language/words.tsx';

/** Money in and out per currency, as a compact list: "In $1,200.00 · Out $300.00 (USD)", and adjustments when there were any. */
export function FlowFigures({ flows, empty }: { flows: Flow[]; empty?: string }) {
  const words = useWords();
  if (flows.length === 0) return <p className="quiet">{empty ?? words.words('components.flows.nothingYet')}</p>;
  return (
    <ul className="flows">
      {flows.map((flow) => (
        <li key={flow.currency}>
          <span className="flow-in">
            <span className="flow-label">{words.words('components.flows.in')}</span> {words.money(flow.moneyIn, flow.currency)}
          </span>
          <span className="flow-out">
            <span className="flow-label">{words.words('components.flows.out')}</span> {words.money(flow.moneyOut, flow.currency)}
          </span>
          {flow.adjusted !== 0 ? (
            <span className="flow-adjusted">
              <span className="flow-label">{words.words('components.flows.adjusted')}</span> {words.signedMoney(flow.adjusted, flow.currency)}
            </span>
          ) : null}
          {flows.length > 1 ? <span className="quiet">{flow.currency}</span> : null}
        </li>
      ))}
    </ul>
  );
}
