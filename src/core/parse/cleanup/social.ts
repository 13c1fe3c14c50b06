// Sharing buttons, newsletter and sign-in prompts, comment counters, hashtag and tag lines.
import { isKept, remove, type Draft } from '../draft.js';
import { wordCount } from '../text-features.js';
import type { RemovalRule } from '../../../shared/types.js';

const NETWORKS = String.raw`facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|tumblr|telegram|instagram|youtube|tiktok|email|e-mail|mail|print|rss|google\+?|messenger|copy link|copy|sms|threads|bluesky|mastodon`;
const SHARE = new RegExp(
  String.raw`^(?:(?:share|tweet|pin|email|print)(?: (?:this|the|on|via|to|with|by|article|story|post|page|it|link|now|${NETWORKS}))*|share (?:this|the) (?:article|story|post)(?: on| via)?.*|(?:${NETWORKS})(?:\s*[|,·•/]?\s*(?:${NETWORKS}))*|compartir|teilen|partager|comparte esto)\s*:?$`,
  'iu',
);
const SUBSCRIBE =
  /^(?:subscribe|sign up|sign in|log ?in|log ?out|register|create (?:an |a free )?account|my account|join (?:now|us|free|today)|become a (?:member|subscriber)|get (?:the|our) (?:newsletter|app)|newsletters?|(?:subscribe|sign up) (?:to|for|now|today).*|.*\b(?:newsletter|inbox)\b.*\b(?:sign up|subscribe|delivered|get)\b.*|.*\b(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates)\b.*|enter your e-?mail(?: address)?.*|your e-?mail(?: address)?|keep me logged in|suscríbete|abonnieren|newsletter abonnieren|s'abonner)\s*[.!:]?$/iu;
const COMMENTS =
  /^(?:\d+\s+(?:comments?|replies|responses|kommentare|comentarios|commentaires)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:conversation|discussion)|(?:show|view|load|see) (?:all )?(?:\d+ )?comments?|comment on this (?:story|article)|cancel reply|deja un comentario|kommentar schreiben|laisser un commentaire)\s*[.:]?$/iu;
const TAGS = /^(?:tags?|topics?|subjects?|keywords|filed under|categories|category|posted in|etiquetas|schlagwörter|themen)\s*:\s*\S/iu;

function rulesFor(text: string): { rule: RemovalRule; reason: string } | null {
  const tokens = text.split(/\s+/);
  if (tokens.length >= 2 && tokens.filter((t) => /^#[\p{L}\p{N}_]+$/u.test(t)).length / tokens.length >= 0.8) {
    return { rule: 'hashtags', reason: 'line of hashtags' };
  }
  if (wordCount(text) > 25) return null;
  if (SHARE.test(text)) return { rule: 'share', reason: 'share buttons' };
  if (COMMENTS.test(text)) return { rule: 'comments', reason: 'comments prompt' };
  if (SUBSCRIBE.test(text)) return { rule: 'subscribe', reason: 'sign-up or newsletter prompt' };
  if (TAGS.test(text)) return { rule: 'boilerplate', reason: 'list of tags' };
  return null;
}

export function markSocial(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (!isKept(draft)) continue;
    const found = rulesFor(draft.text);
    if (found) remove(draft, found.rule, found.reason);
  }
}
