// The templates beside the case (to be built: list, insert at the cursor, personal templates).
export function TemplatesPanel(_props: { caseId: string | null; focusRequest: number }) {
  return null;
}
