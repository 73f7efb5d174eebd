import { uiLanguage } from '../../i18n';
import type { Language } from './advice';
import type { Aspect, Severity } from '../judge/verdicts';

/** The camera test page's own words, Swedish first. Advice per verdict is in advice.ts. */
const TEXTS = {
  sv: {
    title: 'Kameratest',
    intro:
      'Kontrollera bilden innan det digitala vårdmötet: ansikte och övre delen av bröstkorgen, kamera i ögonhöjd, bra ljus och en lugn bakgrund.',
    privacy: 'Bilden analyseras bara på den här datorn. Ingen bild sparas eller skickas någonstans.',
    cameraLabel: 'Kamera',
    cameraDefault: 'Kamera',
    start: 'Starta kameran',
    stop: 'Stäng av kameran',
    starting: 'Startar kameran …',
    loadingAnalyzer: 'Förbereder bildanalysen …',
    settling: 'Kontrollerar …',
    selfView: 'Din bild (spegelvänd, som i en spegel)',
    guide: 'Ram: här ska ansikte och axlar vara',
    checks: 'Kontroller',
    aspects: { framing: 'Inramning', camera_height: 'Kamerahöjd', lighting: 'Ljus', background: 'Bakgrund' },
    severity: { ok: 'Bra', advice: 'Råd', problem: 'Åtgärda' },
    allGood: 'Allt ser bra ut.',
    errors: {
      NotFoundError: 'Ingen kamera hittades. Anslut en kamera (eller slå på den inbyggda) och försök igen.',
      NotAllowedError:
        'Webbläsaren fick inte använda kameran. Tillåt kameran för tillägget (kameraikonen i adressfältet) och försök igen.',
      NotReadableError:
        'Kameran används redan av ett annat program (till exempel Teams eller Zoom). Stäng det och försök igen.',
      OverconstrainedError: 'Den valda kameran finns inte längre. Välj en annan kamera.',
      disconnected: 'Kameran kopplades från. Anslut den igen eller välj en annan kamera.',
      analyzer: 'Bildanalysen kunde inte starta. Kameran visas, men kontrollerna fungerar inte just nu.',
      other: 'Kameran kunde inte startas.',
    },
    retry: 'Försök igen',
    saved: 'Resultatet sparas (utan bild) för checklistan före mötet.',
    badge: {
      heading: 'Namnskylt med titel',
      guideline: 'Namnskylt med titel ska vara väl synlig i bild.',
      seen: 'Namnskylten syns i bilden.',
      question: 'Syns din namnskylt med titel?',
      crop: 'Bröstet i din bild (visas bara här, sparas inte)',
      yes: 'Ja',
      no: 'Nej',
      answeredYes: 'Du svarade ja. Det fylls i på checklistan.',
      answeredNo: 'Du svarade nej. Sätt namnskylten högt på bröstet, väl synlig i bild.',
      change: 'Ändra svaret',
    },
  },
  en: {
    title: 'Camera test',
    intro:
      'Check your picture before the digital care meeting: face and upper chest, camera at eye level, good light and a calm background.',
    privacy: 'The picture is analysed on this computer only. No image is stored or sent anywhere.',
    cameraLabel: 'Camera',
    cameraDefault: 'Camera',
    start: 'Start the camera',
    stop: 'Turn the camera off',
    starting: 'Starting the camera …',
    loadingAnalyzer: 'Preparing the picture analysis …',
    settling: 'Checking …',
    selfView: 'Your picture (mirrored, like a mirror)',
    guide: 'Frame: your face and shoulders belong here',
    checks: 'Checks',
    aspects: {
      framing: 'Framing',
      camera_height: 'Camera height',
      lighting: 'Light',
      background: 'Background',
    },
    severity: { ok: 'Good', advice: 'Advice', problem: 'Fix' },
    allGood: 'Everything looks good.',
    errors: {
      NotFoundError: 'No camera was found. Connect a camera (or switch on the built-in one) and try again.',
      NotAllowedError:
        'The browser was not allowed to use the camera. Allow the camera for the extension (camera icon in the address bar) and try again.',
      NotReadableError:
        'The camera is in use by another program (for example Teams or Zoom). Close it and try again.',
      OverconstrainedError: 'The chosen camera is no longer available. Choose another camera.',
      disconnected: 'The camera was disconnected. Connect it again or choose another camera.',
      analyzer:
        'The picture analysis could not start. The camera is shown, but the checks do not work right now.',
      other: 'The camera could not be started.',
    },
    retry: 'Try again',
    saved: 'The result is kept (without any image) for the checklist before the meeting.',
    badge: {
      heading: 'Name badge with title',
      guideline: 'The name badge with title must be clearly visible in the picture.',
      seen: 'The name badge shows in the picture.',
      question: 'Does your name badge with title show?',
      crop: 'The chest in your picture (shown here only, not stored)',
      yes: 'Yes',
      no: 'No',
      answeredYes: 'You answered yes. It is filled in on the checklist.',
      answeredNo: 'You answered no. Wear the name badge high on the chest, clearly in view.',
      change: 'Change the answer',
    },
  },
} satisfies Record<Language, unknown>;

export type CameraTexts = (typeof TEXTS)['sv'];
export type CameraErrorKind = keyof CameraTexts['errors'];

export function cameraTexts(language: Language = uiLanguage()): CameraTexts {
  return TEXTS[language];
}

export function aspectName(aspect: Aspect, language: Language = uiLanguage()): string {
  return TEXTS[language].aspects[aspect];
}

export function severityName(severity: Severity, language: Language = uiLanguage()): string {
  return TEXTS[language].severity[severity];
}

/** Which message a getUserMedia failure gets (DOMException names; anything else is "other"). */
export function cameraErrorKind(error: unknown): CameraErrorKind {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  if (name === 'NotFoundError' || name === 'DevicesNotFoundError') return 'NotFoundError';
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError')
    return 'NotAllowedError';
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError')
    return 'NotReadableError';
  if (name === 'OverconstrainedError') return 'OverconstrainedError';
  return 'other';
}
