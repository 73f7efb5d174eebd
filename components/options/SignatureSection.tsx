import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { PORTALS } from '@/lib/portals/index';
import { BUILT_IN_PORTAL_IDS } from '@/lib/portals/types';
import { FIELD_LABEL_KEYS, SIGNATURE_FIELDS, type SignatureField } from '@/lib/checks/signature/fields';
import { INSERT_COMMAND } from '@/lib/checks/signature/messages';
import { UNSIGNED_SEND_MODES, type SignatureSettings } from '@/lib/checks/signature/settings';
import { isComplete, signatureFor } from '@/lib/checks/signature/template';
import { isLocked, type ResolvedSettings } from '@/lib/settings/effective';
import { saveUserSettings } from '@/lib/settings/store';
import '@/components/signature/options.css';

type TemplateKey = keyof SignatureSettings['templates'];
const TEMPLATES: { key: TemplateKey; label: string }[] = [
  { key: 'default', label: 'signatureTemplateDefault' },
  { key: '1177', label: 'signatureTemplate1177' },
  { key: 'vardochhalsa', label: 'signatureTemplateVardochhalsa' },
  { key: 'sob', label: 'signatureTemplateSob' },
];
const MODE_LABELS = {
  off: 'signatureUnsignedOff',
  warn: 'signatureUnsignedWarn',
  insert: 'signatureUnsignedInsert',
} as const;

type Draft = Omit<SignatureSettings, 'enabled'>;

function draftOf(settings: SignatureSettings): Draft {
  const { enabled: _enabled, ...rest } = settings;
  return { ...rest, templates: { ...rest.templates }, required: [...rest.required] };
}

function useShortcut(): string | null | undefined {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === INSERT_COMMAND)?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}

function Preview({ draft, resolved }: { draft: Draft; resolved: ResolvedSettings }) {
  const settings = { ...resolved.settings.checks.signature, ...draft };
  return (
    <div class="vmk-signature-previews">
      {BUILT_IN_PORTAL_IDS.map((id) => {
        const rendered = signatureFor(settings, resolved.settings.profile, id);
        return (
          <figure class="vmk-signature-preview" key={id} data-vmk-signature-preview={id}>
            <figcaption>{PORTALS.find((portal) => portal.id === id)?.name ?? id}</figcaption>
            {rendered.text ? <pre>{rendered.text}</pre> : <p>{t('signaturePreviewEmpty')}</p>}
            {rendered.missing.length > 0 && (
              <div class="vmk-signature-missing" data-vmk-signature-missing>
                <p>{t('signaturePreviewMissing')}</p>
                <ul>
                  {rendered.missing.map((field) => (
                    <li key={field}>
                      <a href={`#profile-${field}`}>{t(FIELD_LABEL_KEYS[field])}</a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {rendered.unknown.length > 0 && (
              <p class="vmk-signature-missing" data-vmk-signature-unknown>
                {t('signaturePreviewUnknown', rendered.unknown.map((name) => `{${name}}`).join(', '))}
              </p>
            )}
            {isComplete(rendered) && <p class="vmk-note">{t('signaturePreviewReady')}</p>}
          </figure>
        );
      })}
    </div>
  );
}

function LockedMark({ path }: { path: string }) {
  return (
    <span class="vmk-locked" data-vmk-locked={path}>
      {t('lockedByPolicy')}
    </span>
  );
}

/** Templates, required fields and the unsigned-send mode, with a live preview from the saved profile. */
export function SignatureSection({ resolved }: { resolved: ResolvedSettings }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(resolved.settings.checks.signature));
  const [status, setStatus] = useState('');
  const shortcut = useShortcut();
  useEffect(() => setDraft(draftOf(resolved.settings.checks.signature)), [resolved]);
  const locked = useMemo(
    () => (path: string) => isLocked(resolved.lockedPaths, `checks.signature.${path}`),
    [resolved],
  );
  const edit = (change: Partial<Draft>) => {
    setStatus('');
    setDraft({ ...draft, ...change });
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const templates = Object.fromEntries(
      TEMPLATES.filter(({ key }) => !locked(`templates.${key}`)).map(({ key }) => [
        key,
        draft.templates[key],
      ]),
    );
    const change: Record<string, unknown> = { templates };
    if (!locked('required')) change.required = draft.required;
    if (!locked('onUnsignedSend')) change.onUnsignedSend = draft.onUnsignedSend;
    if (!locked('offerPortalSignature')) change.offerPortalSignature = draft.offerPortalSignature;
    await saveUserSettings({ checks: { signature: change } });
    setStatus(t('saved'));
  };

  const toggleRequired = (field: SignatureField, on: boolean) =>
    edit({
      required: SIGNATURE_FIELDS.filter((f) => (f === field ? on : draft.required.includes(f))),
    });

  return (
    <section aria-labelledby="signature-heading" class="vmk-signature-section">
      <h2 id="signature-heading">{t('signatureHeading')}</h2>
      <p>{t('signatureIntro')}</p>
      <p class="vmk-note" data-vmk-signature-shortcut>
        {shortcut === undefined
          ? ''
          : shortcut
            ? t('signatureShortcut', shortcut)
            : t('signatureShortcutUnset')}
      </p>
      <h3>{t('signaturePreviewHeading')}</h3>
      <Preview draft={draft} resolved={resolved} />
      <form class="vmk-form" onSubmit={onSubmit}>
        <fieldset>
          <legend>{t('signatureTemplatesLegend')}</legend>
          <p class="vmk-note">
            {t('signaturePlaceholders')}{' '}
            {SIGNATURE_FIELDS.map((field, index) => (
              <span key={field}>
                {index > 0 && ', '}
                <code>{`{${field}}`}</code> {t(FIELD_LABEL_KEYS[field]).toLowerCase()}
              </span>
            ))}
          </p>
          {TEMPLATES.map(({ key, label }) => {
            const path = `templates.${key}`;
            const id = `signature-template-${key}`;
            return (
              <div class="vmk-signature-template" key={key}>
                <label for={id}>{t(label)}</label>
                <textarea
                  id={id}
                  rows={key === 'default' ? 8 : 5}
                  spellcheck={false}
                  value={draft.templates[key]}
                  disabled={locked(path)}
                  placeholder={key === 'default' ? undefined : t('signatureTemplateEmpty')}
                  onInput={(event) =>
                    edit({
                      templates: {
                        ...draft.templates,
                        [key]: (event.currentTarget as HTMLTextAreaElement).value,
                      },
                    })
                  }
                />
                {locked(path) && <LockedMark path={`checks.signature.${path}`} />}
              </div>
            );
          })}
        </fieldset>
        <fieldset disabled={locked('required')}>
          <legend>{t('signatureRequiredLegend')}</legend>
          {SIGNATURE_FIELDS.map((field) => (
            <label class="vmk-signature-check" key={field}>
              <input
                type="checkbox"
                id={`signature-required-${field}`}
                checked={draft.required.includes(field)}
                onChange={(event) => toggleRequired(field, (event.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {t(FIELD_LABEL_KEYS[field])}
            </label>
          ))}
          {locked('required') && <LockedMark path="checks.signature.required" />}
        </fieldset>
        <fieldset disabled={locked('onUnsignedSend')}>
          <legend>{t('signatureUnsignedLegend')}</legend>
          {UNSIGNED_SEND_MODES.map((mode) => (
            <label class="vmk-signature-check" key={mode}>
              <input
                type="radio"
                name="signature-unsigned"
                id={`signature-unsigned-${mode}`}
                value={mode}
                checked={draft.onUnsignedSend === mode}
                onChange={() => edit({ onUnsignedSend: mode })}
              />{' '}
              {t(MODE_LABELS[mode])}
            </label>
          ))}
          {locked('onUnsignedSend') && <LockedMark path="checks.signature.onUnsignedSend" />}
        </fieldset>
        <label class="vmk-signature-check">
          <input
            type="checkbox"
            id="signature-offer-portal"
            checked={draft.offerPortalSignature}
            disabled={locked('offerPortalSignature')}
            onChange={(event) =>
              edit({ offerPortalSignature: (event.currentTarget as HTMLInputElement).checked })
            }
          />{' '}
          {t('signatureOfferPortal')}
          {locked('offerPortalSignature') && <LockedMark path="checks.signature.offerPortalSignature" />}
        </label>
        <button type="submit">{t('save')}</button>
        <span role="status" class="vmk-status">
          {status}
        </span>
      </form>
    </section>
  );
}
