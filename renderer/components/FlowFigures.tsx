import type { Flow } from '../../shared/contract/index.ts';
import { formatMoney } from '../../shared/money.ts';

/** Money in and out per currency, as a compact list: "In $1,200.00 · Out $300.00 (USD)". */
export function FlowFigures({ flows, empty = 'Nothing yet.' }: { flows: Flow[]; empty?: string }) {
  if (flows.length === 0) return <p className="quiet">{empty}</p>;
  return (
    <ul className="flows">
      {flows.map((flow) => (
        <li key={flow.currency}>
          <span className="flow-in">
            <span className="flow-label">In</span> {formatMoney(flow.moneyIn, flow.currency)}
          </span>
          <span className="flow-out">
            <span className="flow-label">Out</span> {formatMoney(flow.moneyOut, flow.currency)}
          </span>
          {flows.length > 1 ? <span className="quiet">{flow.currency}</span> : null}
        </li>
      ))}
    </ul>
  );
}
