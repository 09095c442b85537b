export { MyReviewsPage } from './MyReviewsPage.tsx';
export { DisputesToResolve } from './DisputesToResolve.tsx';
