export { CoachingPlan } from './CoachingPlan.tsx';
export { CoachingPane, MyCoachingPlan } from './CoachingPane.tsx';
