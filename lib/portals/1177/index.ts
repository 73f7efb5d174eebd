import type { BuiltInPortal } from '../types';

/**
 * 1177 e-tjänster, Personalverktyget (Inera): the staff tool where clinics receive and answer residents' ärenden.
 *
 * The real tool's markup, paths, list columns, status names and date formats are not public. Everything below
 * matches the project's replica (tests/replicas/1177, see its PROVENANCE.md), which is built from the public
 * manuals; IT adjusts selectors and URL patterns by policy (`portals.1177`) once the real markup is known.
 */
export const portal1177: BuiltInPortal = {
  id: '1177',
  name: '1177 Personalverktyget',
  urlPatterns: [
    // The real tool (the staff login address named in the regions' manuals).
    'https://personal.1177.se/*',
    // The local replica (match patterns ignore ports).
    'http://personal.1177.localhost/*',
  ],
  pages: {
    inbox: { paths: ['^/arenden/?$'] },
    case: { paths: ['^/arende/\\d+/?$'] },
    settings: { paths: ['^/installningar/?$'] },
  },
  selectors: {
    // replica markup, seen 2026-11-25
    messageRow: ['table.arendelista tbody tr.arenderad'],
    // Inside a row or the case view. Some rows carry a machine-readable <time datetime>, others only text
    // ("2026-11-25 14:32", "25 nov 2026 14:32", "25/11 14:32"): the <time> wins where there is one.
    // replica markup, seen 2026-11-25
    messageArrival: ['.inkommet time[datetime]', '.inkommet'],
    // replica markup, seen 2026-11-25
    messageStatus: ['.arendestatus .status'],
    // replica markup, seen 2026-11-25
    messageLink: ['a.arende-lank'],
    // replica markup, seen 2026-11-25
    caseView: ['article.arende'],
    // The svarsformulär's free-text field: a plain <textarea>. replica markup, seen 2026-11-25
    replyField: ['form.svarsformular textarea[name="svar"]', 'form.svarsformular textarea'],
    // replica markup, seen 2026-11-25
    sendButton: ['form.svarsformular button[type="submit"]'],
    // Personal settings (click your own name, top right): the "Signatur" field. replica markup, seen 2026-11-25
    signatureSetting: ['textarea#signatur', 'textarea[name="signatur"]'],
    // The case view's facts: "Personnummer" beside "Invånare" (where the real tool shows it is not public).
    // replica markup, seen 2026-12-06
    patientIdentity: ['article.arende .arende-fakta .personnummer'],
    // The symbol for protected identity beside the resident's name in the case view (the manuals name a symbol,
    // not its markup). replica markup, seen 2026-12-06
    protectedIdentity: ['article.arende .arende-fakta .skyddad-identitet'],
  },
  // Note "obesvarat" contains "besvarat": match whole words, or try `open` first.
  statusWords: { open: ['obesvarat'], answered: ['besvarat'], closed: ['avslutat'] },
  messageKey: { from: 'link' },
};
