// Sharing buttons, newsletter and sign-in prompts, comment counters, hashtag and tag lines.
import { isKept, remove, type Draft } from '../draft.js';
import { hasQuote, wordCount } from '../text-features.js';
import type { RemovalRule } from '../../../shared/types.js';

const NETWORKS = String.raw`facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard|tumblr|telegram|instagram|youtube|tiktok|email|e-mail|mail|print|rss|google\+?|messenger|copy link|copy|sms|threads|bluesky|mastodon`;
const SHARE = new RegExp(
  String.raw`^(?:(?:share|tweet|pin|email|print)(?: (?:this|the|on|via|to|with|by|article|story|post|page|it|link|now|${NETWORKS}))*|share (?:this|the) (?:article|story|post)(?: on| via)?.*|(?:${NETWORKS})(?:\s*[|,·•/]?\s*(?:${NETWORKS}))*|(?:[\d.,]+[km]?\s+)?shares|compartir|teilen|partager|comparte esto)\s*:?$`,
  'iu',
);
const SUBSCRIBE =
  /^(?:subscribe|sign up|sign in|log ?in|log ?out|register|create (?:an |a free )?account|my account|join (?:now|us|free|today)|become a (?:member|subscriber)|get (?:the|our) (?:newsletter|app)|newsletters?|(?:subscribe|sign up) (?:to|for|now|today).*|.*\b(?:newsletter|inbox)\b.*\b(?:sign up|subscribe|delivered|get)\b.*|.*\b(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|updates)\b.*|enter your e-?mail(?: address)?.*|your e-?mail(?: address)?|keep me logged in|suscríbete|abonnieren|newsletter abonnieren|s'abonner)\s*[.!:]?$/iu;
const COMMENTS =
  /^(?:\d+\s+(?:comments?|replies|responses|kommentare|comentarios|commentaires)|comments?(?: \(\d+\))?|leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:conversation|discussion)|(?:show|view|load|see) (?:all )?(?:\d+ )?comments?|comment on this (?:story|article)|loading comments(?:\.\.\.|…)?|no comments(?: yet)?|comments? from the forums?|be the first to comment|cancel reply|deja un comentario|kommentar schreiben|laisser un commentaire)\s*[.:]?$/iu;
/**
 * What a newsletter box says around its form: the promise, the consent line, the thanks and the
 * error ("No spam, we promise", "Please check the opt-in box", "You have been successfully
 * subscribed!"). Words a story seldom uses except about itself.
 */
const NEWSLETTER_NOTE =
  /\b(?:unsubscribe|opt-in|no spam|successfully subscribed|thanks for (?:signing up|subscribing)|(?:processing|confirm) your subscription|see all newsletters|subscribing to our|subscribe to our)\b/iu;
/** A line that speaks to the reader about a newsletter or their inbox ("Keep an eye on your inbox …"). */
const INBOX_PITCH = /\b(?:newsletters?|inbox)\b/iu;
const TO_READER = /\b(?:you|your|our|send me)\b/iu;
/** A sign-up box's own name in title case: "Game Day Newsletter", "Morning Briefing Emails". */
const LIST_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Newsletters?|Emails|Alerts)$/u;
/** Words of reported speech: a paragraph that quotes someone about newsletters is news. */
const REPORTED = /\b(?:said|says|told|according to|announced|wrote)\b/iu;

function isNewsletterBox(text: string): boolean {
  if (REPORTED.test(text)) return false;
  return NEWSLETTER_NOTE.test(text) || (INBOX_PITCH.test(text) && TO_READER.test(text)) || LIST_NAME.test(text) || /\.\s+subscribe\s*[.!]?$/iu.test(text);
}

/** The site inviting letters and forum posts: "Join our Gardening Forums …", "We’d love to hear from you …". */
const WRITE_TO_US =
  /^(?:join (?:our|the) (?:\S+ ){0,2}(?:forums?|community|discussion|conversation)\b|we (?:want|would love|'d love|’d love) to hear (?:from you|your)\b|how to contact us$|have a (?:news )?tip\b.*\b(?:email|contact|let us know)\b)/iu;

const TAGS = /^(?:tags?|topics?|subjects?|keywords|filed under|categories|category|posted in|etiquetas|schlagwörter|themen)\s*:\s*\S/iu;

/** "Follow Backchannel: Twitter | Facebook": links to follow the site, its name then the networks. */
const FOLLOW_SITE = new RegExp(String.raw`^follow\s+(?:us|\p{Lu}[\p{L}\p{N}.&'’ ]{0,40}?)\s*(?:on\s+|[:|–—-]\s*)(?:${NETWORKS})(?:\s*[|,·•/]?\s*(?:${NETWORKS}))*\s*$`, 'iu');
/** A contact address alone on its line. */
const ADDRESS_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** "Powered by SmartAsset.com": a sponsor's line set into the page, never a sentence of the story. */
const SPONSOR = /^(?:powered by|sponsored by|presented by|brought to you by|in partnership with)\s+\S[^!?]{0,60}(?<![.!?])$/iu;

function rulesFor(text: string): { rule: RemovalRule; reason: string } | null {
  const tokens = text.split(/\s+/);
  if (tokens.length >= 2 && tokens.filter((t) => /^#[\p{L}\p{N}_]+$/u.test(t)).length / tokens.length >= 0.8) {
    return { rule: 'hashtags', reason: 'line of hashtags' };
  }
  // An invitation to write can run longer than a button.
  if (wordCount(text) <= 60 && WRITE_TO_US.test(text) && !REPORTED.test(text)) return { rule: 'comments', reason: 'invitation to write to the site' };
  if (wordCount(text) > 25) return null;
  if (isNewsletterBox(text)) return { rule: 'subscribe', reason: 'newsletter sign-up box' };
  if (SHARE.test(text)) return { rule: 'share', reason: 'share buttons' };
  if (FOLLOW_SITE.test(text)) return { rule: 'share', reason: 'links to follow the site' };
  if (ADDRESS_ONLY.test(text)) return { rule: 'boilerplate', reason: 'contact address' };
  if (SPONSOR.test(text)) return { rule: 'advertisement', reason: 'sponsor line' };
  if (COMMENTS.test(text)) return { rule: 'comments', reason: 'comments prompt' };
  if (SUBSCRIBE.test(text)) return { rule: 'subscribe', reason: 'sign-up or newsletter prompt' };
  if (TAGS.test(text)) return { rule: 'boilerplate', reason: 'list of tags' };
  return null;
}

/** A newsletter's pitch: "Get fresh gardening tips on … and more!", "Get the week's best recipes + …". */
const PITCH = /^(?:get|receive|stay on top of|never miss|be the first to)\b/iu;

/** The pitch says nothing about subscribing on its own; it goes only when it sits against the box. */
function isPitchBesideBox(drafts: readonly Draft[], i: number): boolean {
  const draft = drafts[i];
  if (!draft || wordCount(draft.text) > 30 || !PITCH.test(draft.text) || hasQuote(draft.text) || REPORTED.test(draft.text)) return false;
  return [drafts[i - 1], drafts[i + 1]].some((d) => d?.removal?.rule === 'subscribe');
}

export function markSocial(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (!isKept(draft)) continue;
    const found = rulesFor(draft.text);
    if (found) remove(draft, found.rule, found.reason);
  }
  drafts.forEach((draft, i) => {
    if (isKept(draft) && isPitchBesideBox(drafts, i)) remove(draft, 'subscribe', 'newsletter pitch beside its sign-up box');
  });
}
