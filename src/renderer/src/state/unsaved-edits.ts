/**
 * Edits not yet confirmed as saved, by story id. Kept by the vault rather than the editor so that
 * switching stories or views (which unmounts the editor) never drops what was typed: reopening the
 * story shows it again, and the vault can tell whether a reload would lose anything.
 */
export class UnsavedEdits<Form> {
  private readonly forms = new Map<string, Form>()

  get(id: string): Form | undefined {
    return this.forms.get(id)
  }

  set(id: string, form: Form): void {
    this.forms.set(id, form)
  }

  /** Forget a form once exactly that form has been saved (a newer edit keeps its place). */
  settle(id: string, saved: Form): void {
    if (this.forms.get(id) === saved) this.forms.delete(id)
  }

  delete(id: string): void {
    this.forms.delete(id)
  }

  ids(): string[] {
    return [...this.forms.keys()]
  }

  clear(): void {
    this.forms.clear()
  }
}
