import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient } from '../../api/client';
import type { SignedFetch } from '../../api/signed-fetch';
import { useI18n } from '../../i18n';

export function SupervisorScreen(_props: { config: DesktopConfig; api: ApiClient; signed: SignedFetch }) {
  const { t } = useI18n();
  return (
    <div class="supervisor">
      <section class="card">
        <h2>{t.liveQueue}</h2>
      </section>
    </div>
  );
}
