import { competencyName } from '../../../../shared/competencies/framework'
import type { ImportPreview } from '../../../../shared/contract/transfer'

const ACTION_LABELS = { add: 'Add', update: 'Update', skip: 'Skip' } as const

/** The stories the import would bring in, and what happens to each. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <div className="transfer-scroll">
      <table className="transfer-table" data-testid="import-preview-table">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Title</th>
            <th scope="col">Company</th>
            <th scope="col">Year</th>
            <th scope="col">Competencies</th>
            <th scope="col">Import</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, index) => (
            <tr key={`${row.label}-${index}`} className={`preview-${row.action}`}>
              <td className="transfer-where">{row.label}</td>
              <td>{row.title}</td>
              <td>{row.company}</td>
              <td>{row.year ?? ''}</td>
              <td>{row.competencies.map((id) => competencyName(id)).join(', ')}</td>
              <td title={row.reason}>{ACTION_LABELS[row.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.totalStories > preview.rows.length && (
        <p className="transfer-note">…and {preview.totalStories - preview.rows.length} more.</p>
      )}
    </div>
  )
}
