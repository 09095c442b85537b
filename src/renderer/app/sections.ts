// The console's sections, switched from the header: the inbox for everyone, quality work and the
// team for supervisors, an agent's own reviews, the reports for both, the Clase page for trainers.
// A section's page comes from its feature.
import type { ComponentType } from 'react';
import { create } from 'zustand';
import { MyReviewsPage } from '../features/my-reviews/index.ts';

export type Section = 'inbox' | 'quality' | 'myReviews' | 'team' | 'reports' | 'class' | 'listening';

/** null until a section is chosen: the role's first section shows (SectionSwitch's sectionShown). */
export const useSection = create<{ section: Section | null; show: (section: Section) => void }>((set) => ({
  section: null,
  show: (section) => set({ section }),
}));

/** An agent's own reviews ("Mis evaluaciones"): acknowledge one, or dispute a criterion. */
export const MY_REVIEWS_PAGE: ComponentType = MyReviewsPage;
