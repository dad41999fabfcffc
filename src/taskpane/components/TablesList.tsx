/** The tables 勾稽 recognised, so the user sees what was understood (and which of the nine are missing). */

import { Link } from '@fluentui/react';
import type { CellLocation, TableSummary } from '../../core/report';
import { TABLE_IDS, TABLE_TITLES } from '../../core/tables/model';

interface Props {
  tables: readonly TableSummary[];
  onSelect(target: CellLocation): void;
}

export function TablesList({ tables, onSelect }: Props) {
  const found = new Set(tables.map((t) => t.id));
  const missing = TABLE_IDS.filter((id) => !found.has(id));
  return (
    <details className="gj-tables">
      <summary>
        识别到的表格：{tables.length} 张{missing.length > 0 ? `，未找到 ${missing.length} 张` : ''}
      </summary>
      <ul>
        {tables.map((t, i) => (
          <li key={`${t.id}-${t.sheet}-${i}`}>
            <span className="gj-table-id">{t.id}</span> <span className="gj-table-title">{t.title}</span>{' '}
            <Link onClick={() => onSelect({ sheet: t.sheet, cell: t.range.split(':')[0] })}>
              {`${t.sheet}!${t.range}`}
            </Link>
          </li>
        ))}
        {missing.map((id) => (
          <li key={id} className="gj-missing">
            <span className="gj-table-id">{id}</span> {TABLE_TITLES[id]}：未找到
          </li>
        ))}
      </ul>
    </details>
  );
}
