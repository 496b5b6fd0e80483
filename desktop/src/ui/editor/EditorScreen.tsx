import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient } from '../../api/client';
import { useI18n } from '../../i18n';

export function EditorScreen(_props: { config: DesktopConfig; api: ApiClient }) {
  const { t } = useI18n();
  return (
    <div class="editor">
      <section class="card">
        <h2>{t.articles}</h2>
      </section>
    </div>
  );
}
