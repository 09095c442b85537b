export { matchBrand, wordsOf, type BrandMatch } from './match.ts';
export {
  DEFAULT_LISTENING, LISTENING_SETTING, ListeningDocument, ListeningKeyword, addressesCompany, listeningFrom,
} from './document.ts';
