import { useId } from 'react'
import framework from '../../../../../content/competencies.json'
import type { ImportPreviewFile } from '../../../../shared/contract/transfer'
import { FIELD_LABELS, IMPORT_FIELDS } from '../../../../shared/transfer/fields'

const TARGET_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'ignore', label: 'Ignore this column' },
  ...IMPORT_FIELDS.map((field) => ({ value: field, label: FIELD_LABELS[field] })),
  ...framework.competencies.map((c) => ({
    value: `competency:${c.id}`,
    label: `Competency (marked): ${c.name}`,
  })),
  { value: 'tag', label: 'Tag named after the column (marked)' },
]

interface MappingTableProps {
  file: ImportPreviewFile
  onChange(columnIndex: number, target: string): void
  disabled: boolean
}

/** How each spreadsheet column is read, with a select to change it. */
export function MappingTable({ file, onChange, disabled }: MappingTableProps) {
  const columns = file.columns ?? []
  const broken = columns[0]?.brokenAtRow
  const noteId = useId()
  if (columns.length === 0)
    return (
      <p className="transfer-note">
        The columns of {file.name} cannot be shown: its header row has a quote mark (&quot;) that never
        closes.
      </p>
    )
  return (
    <>
      {broken !== undefined && (
        <p className="transfer-note" id={noteId}>
          First values come from the rows above row {broken} only. From row {broken} on, a quote mark (&quot;)
          that never closes runs the rest of the file into one cell, so nothing there is shown.
        </p>
      )}
      <table
        className="transfer-table mapping-table"
        aria-label={`Columns of ${file.name}`}
        aria-describedby={broken !== undefined ? noteId : undefined}
      >
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Read as</th>
            <th scope="col">First values</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.index}>
              <td>{column.header || <em>(no header)</em>}</td>
              <td>
                <select
                  aria-label={`Read column “${column.header}” as`}
                  value={column.target}
                  disabled={disabled}
                  onChange={(event) => onChange(column.index, event.target.value)}
                >
                  {TARGET_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="transfer-samples">
                {column.samples.length > 0 ? column.samples.join(' · ') : <em>(none)</em>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
