// Summary notes of an article: key points, who's who, places, timeline, key numbers.
export { summarizeArticle } from './summarize.js';
