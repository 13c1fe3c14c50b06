// Cookie and privacy notices, affiliate disclosures, copyright lines, advertisement markers.
import { isKept, remove, type Draft } from '../draft.js';
import { wordCount } from '../text-features.js';

const ADVERT =
  /^(?:advertisement|advertising|ad|ads|sponsored(?: content)?|paid (?:content|post)|promoted|continue reading(?: the main story| below)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?|scroll to continue(?: with content)?|skip ad|(?:\w+\s)?ad choices|adchoices|anuncio|publicidad|anzeige|werbung|publicité)\s*[.:]?$/iu;
const LEGAL_STRONG = /(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés)/iu;
const LEGAL_LINE =
  /^(?:privacy(?: policy| notice| settings| statement)?|cookie(?:s| policy| settings| preferences)?|terms(?: of (?:use|service|sale))?|terms (?:and|&) conditions|do not sell my (?:personal )?info(?:rmation)?|accessibility(?: statement)?|imprint|impressum|aviso legal|política de privacidad|datenschutz(?:erklärung)?|mentions légales)\s*[.:]?$/iu;
/** Affiliate disclosures and form-protection notices: the site speaking about itself. */
const SITE_NOTICE = /\b(?:we may earn (?:an? )?(?:affiliate )?commission|earn an affiliate commission|protected by recaptcha|recaptcha privacy policy)\b/iu;
const COOKIE_NOTICE = /\b(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|accept (?:all )?cookies|usamos cookies|verwendet cookies)\b/iu;

export function markLegal(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (!isKept(draft)) continue;
    const text = draft.text;
    const n = wordCount(text);
    if (n <= 6 && ADVERT.test(text)) remove(draft, 'advertisement', 'advertisement marker');
    else if (n <= 40 && LEGAL_STRONG.test(text)) remove(draft, 'legal', 'copyright notice');
    else if (n <= 8 && LEGAL_LINE.test(text)) remove(draft, 'legal', 'link to legal or privacy terms');
    else if (n <= 80 && COOKIE_NOTICE.test(text)) remove(draft, 'legal', 'cookie notice');
    else if (n <= 60 && SITE_NOTICE.test(text)) remove(draft, 'legal', 'affiliate or form-protection notice');
  }
}
