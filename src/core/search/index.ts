// Search over the library: the documents an article contributes, and the ranking and snippets
// of what the index found. The index itself (FlexSearch, chosen by measurement: see README) is
// kept by src/host/services/search.ts.
export { indexDocuments, SEARCH_KINDS, searchItems, type ArticleForSearch, type SearchItem, type SearchKind } from './documents.js';
export { fold, markWords, queryTerms, rankItems, type Hit, type QueryTerms } from './rank.js';
export { editDistance, maxEdits, Vocabulary } from './fuzzy.js';
