// The knowledge base beside the case (to be built: search, article view, insert into the reply).
export function KnowledgePanel(_props: { caseId: string | null; focusRequest: number }) {
  return null;
}
