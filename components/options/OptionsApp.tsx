import { ChecklistPolicyNotes } from '@/components/checklist/ChecklistPolicyNotes';
import { t } from '@/lib/i18n';
import { CameraTestLink } from './CameraTestLink';
import { ChecksForm } from './ChecksForm';
import { ExtraHosts } from './ExtraHosts';
import { PortalFindings } from './PortalFindings';
import { PolicyStatus } from './PolicyStatus';
import { ProfileForm } from './ProfileForm';
import { SignatureSection } from './SignatureSection';
import { useSettings } from './useSettings';
import { MappingSection } from '@/components/mapping/MappingSection';

export function OptionsApp() {
  const resolved = useSettings();
  return (
    <main class="vmk-page">
      <h1>{t('optionsTitle')}</h1>
      {resolved && (
        <>
          <ProfileForm resolved={resolved} />
          <ChecksForm resolved={resolved} />
          <CameraTestLink />
          <SignatureSection resolved={resolved} />
          <PolicyStatus resolved={resolved} />
          <ChecklistPolicyNotes resolved={resolved} />
          <ExtraHosts resolved={resolved} />
          <PortalFindings />
          <MappingSection resolved={resolved} />
        </>
      )}
    </main>
  );
}
