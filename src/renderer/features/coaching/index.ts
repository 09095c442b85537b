// The coaching plan of one agent: objectives and weekly one-on-one notes. Nothing to show yet.
export function CoachingPlan(_props: { agent: string }): null {
  return null;
}
