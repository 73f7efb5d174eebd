import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isLocked, type ResolvedSettings } from '@/lib/settings/effective';
import type { Profile } from '@/lib/settings/schema';
import { saveUserSettings } from '@/lib/settings/store';

const FIELDS: { key: keyof Profile; label: string; type?: string; autocomplete?: string }[] = [
  { key: 'name', label: 'fieldName', autocomplete: 'name' },
  { key: 'title', label: 'fieldTitle', autocomplete: 'organization-title' },
  { key: 'unit', label: 'fieldUnit' },
  { key: 'hospital', label: 'fieldHospital', autocomplete: 'organization' },
  { key: 'phone', label: 'fieldPhone', type: 'tel', autocomplete: 'tel' },
  { key: 'phoneHours', label: 'fieldPhoneHours' },
  { key: 'email', label: 'fieldEmail', type: 'email', autocomplete: 'email' },
  { key: 'switchboard', label: 'fieldSwitchboard', type: 'tel' },
  { key: 'web', label: 'fieldWeb', type: 'url' },
];

export function ProfileForm({ resolved }: { resolved: ResolvedSettings }) {
  const [draft, setDraft] = useState<Profile>(resolved.settings.profile);
  const [status, setStatus] = useState('');
  // A policy change arriving while the page is open replaces locked fields at once.
  useEffect(() => setDraft(resolved.settings.profile), [resolved]);

  const locked = (key: keyof Profile) => isLocked(resolved.lockedPaths, `profile.${key}`);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const change = Object.fromEntries(FIELDS.filter((f) => !locked(f.key)).map((f) => [f.key, draft[f.key]]));
    await saveUserSettings({ profile: change });
    setStatus(t('saved'));
  };

  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profileHeading')}</h2>
      <p>{t('profileIntro')}</p>
      <form onSubmit={onSubmit} class="vmk-form">
        {FIELDS.map(({ key, label, type, autocomplete }) => (
          <div class="vmk-field" key={key}>
            <label for={`profile-${key}`}>{t(label)}</label>
            <input
              id={`profile-${key}`}
              name={key}
              type={type ?? 'text'}
              autocomplete={autocomplete ?? 'off'}
              value={draft[key]}
              disabled={locked(key)}
              aria-describedby={locked(key) ? `profile-${key}-locked` : undefined}
              onInput={(event) => {
                setStatus('');
                setDraft({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });
              }}
            />
            {locked(key) && (
              <span id={`profile-${key}-locked`} class="vmk-locked" data-vmk-locked={`profile.${key}`}>
                {t('lockedByPolicy')}
              </span>
            )}
          </div>
        ))}
        <button type="submit">{t('save')}</button>
        <span role="status" class="vmk-status">
          {status}
        </span>
      </form>
    </section>
  );
}
