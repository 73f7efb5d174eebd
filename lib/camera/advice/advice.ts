import type { Aspect, Issue } from '../judge/verdicts';

export type Language = 'sv' | 'en';

export interface Advice {
  /** What is wrong, in a few words. */
  problem: string;
  /** What to do. */
  action: string;
}

/**
 * Short advice per non-ok verdict, Swedish first. The wording follows the guideline (SÄS, "Digitala vårdmöten –
 * generella riktlinjer"): "Ansikte och övre delen av bröstkorgen ska synas", "Placera kameran i ögonhöjd",
 * "Ansiktet ska vara väl belyst – undvik fönster bakom dig", "Bakgrunden ska vara neutral och välstädad".
 */
export const ADVICE: Record<Issue, Record<Language, Advice>> = {
  no_face: {
    sv: {
      problem: 'Inget ansikte syns i bild.',
      action: 'Sätt dig framför kameran så att ansikte och övre delen av bröstkorgen syns.',
    },
    en: {
      problem: 'No face in the picture.',
      action: 'Sit in front of the camera so that your face and upper chest are visible.',
    },
  },
  multiple_people: {
    sv: {
      problem: 'Fler personer syns i bild.',
      action: 'Ingen annan ska kunna se mötet: välj ett rum där du är ensam eller vänd kameran.',
    },
    en: {
      problem: 'More than one person is in the picture.',
      action: 'Nobody else should see the meeting: use a room where you are alone or turn the camera.',
    },
  },
  too_close: {
    sv: {
      problem: 'Du är för nära kameran.',
      action: 'Flytta kameran längre bort – ansikte och övre delen av bröstkorgen ska synas.',
    },
    en: {
      problem: 'You are too close to the camera.',
      action: 'Move the camera further away – your face and upper chest should be visible.',
    },
  },
  too_far: {
    sv: {
      problem: 'Du är långt från kameran.',
      action: 'Flytta närmare kameran så att ansiktet syns tydligt.',
    },
    en: {
      problem: 'You are far from the camera.',
      action: 'Move closer to the camera so that your face is clearly visible.',
    },
  },
  head_cut: {
    sv: {
      problem: 'Huvudet är avskuret upptill.',
      action: 'Vinkla kameran uppåt eller sätt dig lägre så att hela huvudet syns.',
    },
    en: {
      problem: 'The top of your head is cut off.',
      action: 'Tilt the camera up or sit lower so that your whole head is in the picture.',
    },
  },
  chest_not_visible: {
    sv: {
      problem: 'Axlar och bröstkorg syns inte.',
      action: 'Flytta kameran så att axlarna syns – ansikte och övre delen av bröstkorgen ska synas.',
    },
    en: {
      problem: 'Your shoulders and chest are not visible.',
      action: 'Move the camera so that your shoulders are visible – face and upper chest should show.',
    },
  },
  off_center: {
    sv: {
      problem: 'Du är inte mitt i bilden.',
      action: 'Flytta kameran så att ansiktet hamnar i mitten, med ögonen ungefär en tredjedel ner i bilden.',
    },
    en: {
      problem: 'You are not in the middle of the picture.',
      action: 'Move the camera so that your face is centred, eyes about a third of the way down.',
    },
  },
  beside: {
    sv: {
      problem: 'Ansiktet är vänt bort från kameran: den verkar sitta vid sidan av skärmen du tittar på.',
      action: 'Placera kameran ovanför skärmen du använder i samtalet, så att ni får ögonkontakt.',
    },
    en: {
      problem: 'Your face is turned away from the camera: it seems to sit beside the screen you look at.',
      action: 'Place the camera above the screen you use for the call, so that you can make eye contact.',
    },
  },
  too_low: {
    sv: {
      problem: 'Kameran verkar sitta lägre än ögonen.',
      action: 'Placera kameran i ögonhöjd, till exempel genom att ställa datorn på ett stöd.',
    },
    en: {
      problem: 'The camera seems to be below your eyes.',
      action: 'Place the camera at eye level, for example by raising the laptop on a stand.',
    },
  },
  too_high: {
    sv: { problem: 'Kameran verkar sitta högre än ögonen.', action: 'Placera kameran i ögonhöjd.' },
    en: { problem: 'The camera seems to be above your eyes.', action: 'Place the camera at eye level.' },
  },
  unknown: {
    sv: {
      problem: 'Kamerans höjd kunde inte bedömas.',
      action: 'Placera kameran i ögonhöjd och titta rakt mot den.',
    },
    en: {
      problem: 'The camera height could not be judged.',
      action: 'Place the camera at eye level and face it.',
    },
  },
  too_dark: {
    sv: {
      problem: 'Ansiktet är för mörkt.',
      action: 'Ansiktet ska vara väl belyst: tänd en lampa framför dig.',
    },
    en: {
      problem: 'Your face is too dark.',
      action: 'Your face should be well lit: switch on a lamp in front of you.',
    },
  },
  backlit: {
    sv: {
      problem: 'Motljus: det är ljusare bakom dig än på ansiktet.',
      action: 'Undvik fönster bakom dig – dra för gardinen eller vänd dig mot ljuset.',
    },
    en: {
      problem: 'Backlight: it is brighter behind you than on your face.',
      action: 'Avoid windows behind you – draw the curtain or face the light.',
    },
  },
  overexposed: {
    sv: {
      problem: 'Ansiktet är överexponerat (för ljust).',
      action: 'Dämpa eller flytta ljuset som lyser rakt på ansiktet.',
    },
    en: {
      problem: 'Your face is overexposed (too bright).',
      action: 'Dim or move the light that shines straight at your face.',
    },
  },
  uneven: {
    sv: {
      problem: 'Ansiktet är ojämnt belyst.',
      action: 'Ljuset ska komma framifrån, inte från sidan – flytta lampan eller dig själv.',
    },
    en: {
      problem: 'Your face is unevenly lit.',
      action: 'Light should come from the front, not the side – move the lamp or yourself.',
    },
  },
  cluttered: {
    sv: {
      problem: 'Bakgrunden är rörig.',
      action:
        'Bakgrunden ska vara neutral och välstädad: ta bort privata saker eller vänd kameran mot en lugn vägg.',
    },
    en: {
      problem: 'The background is busy.',
      action:
        'The background should be neutral and tidy: remove private things or face the camera at a plain wall.',
    },
  },
};

/** The guideline's requirement behind each aspect, shown with the check. */
export const GUIDELINE: Record<Aspect, Record<Language, string>> = {
  framing: {
    sv: 'Ansikte och övre delen av bröstkorgen ska synas',
    en: 'Face and upper chest should be visible',
  },
  camera_height: { sv: 'Placera kameran i ögonhöjd', en: 'Place the camera at eye level' },
  lighting: {
    sv: 'Ansiktet ska vara väl belyst – undvik fönster bakom dig',
    en: 'Your face should be well lit – avoid windows behind you',
  },
  background: {
    sv: 'Bakgrunden ska vara neutral och välstädad',
    en: 'The background should be neutral and tidy',
  },
};

export function adviceFor(issue: Issue, language: Language): Advice {
  return ADVICE[issue][language];
}
