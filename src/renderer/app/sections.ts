// The console's sections, switched from the header: the inbox for everyone, quality work for
// supervisors, an agent's own reviews. A section's page comes from its feature.
import type { ComponentType } from 'react';
import { create } from 'zustand';

export type Section = 'inbox' | 'quality' | 'myReviews';

export const useSection = create<{ section: Section; show: (section: Section) => void }>((set) => ({
  section: 'inbox',
  show: (section) => set({ section }),
}));

/**
 * An agent's own reviews ("Mis evaluaciones"): the page QA reviews supplies
 * (features/my-reviews, MyReviewsPage). Until it is set here the header offers no such section.
 */
export const MY_REVIEWS_PAGE: ComponentType | null = null;
