import { t } from '@/lib/i18n';
import { CHECKS } from '@/lib/checks/registry';
import { isLocked, type ResolvedSettings } from '@/lib/settings/effective';
import { saveUserSettings } from '@/lib/settings/store';

/** Label key of a check's on/off switch: `check` + its id with a capital first letter. */
function labelKey(id: string): string {
  return `check${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

export function ChecksForm({ resolved }: { resolved: ResolvedSettings }) {
  return (
    <section aria-labelledby="checks-heading">
      <h2 id="checks-heading">{t('checksHeading')}</h2>
      {CHECKS.map(({ id }) => {
        const path = `checks.${id}.enabled`;
        const locked = isLocked(resolved.lockedPaths, path);
        return (
          <div class="vmk-field vmk-field--inline" key={id}>
            <input
              id={`check-${id}`}
              type="checkbox"
              checked={resolved.settings.checks[id].enabled}
              disabled={locked}
              onChange={(event) =>
                void saveUserSettings({
                  checks: { [id]: { enabled: (event.currentTarget as HTMLInputElement).checked } },
                })
              }
            />
            <label for={`check-${id}`}>{t(labelKey(id))}</label>
            {locked && (
              <span class="vmk-locked" data-vmk-locked={path}>
                {t('lockedByPolicy')}
              </span>
            )}
          </div>
        );
      })}
    </section>
  );
}
