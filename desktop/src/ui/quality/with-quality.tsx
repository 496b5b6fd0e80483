import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { DesktopConfig } from '../../../../contracts/desktop-config';
import type { ApiClient } from '../../api/client';
import type { SignedFetch } from '../../api/signed-fetch';
import type { Session } from '../../auth/cognito';
import { EvaluateCalls } from './EvaluateCalls';
import { MyResults } from './MyResults';
import { PracticeMode } from './PracticeMode';
import { QualityTabs } from './QualityTabs';
import { qualityApi } from './quality-api';
import { ScorecardPanel } from './ScorecardPanel';
import { useQualityStrings } from './strings';
import './quality.css';

/**
 * Adds the quality views beside a role's screen: supervisors evaluate calls and read the scorecard; operators
 * read their own results and take practice calls. Other roles see their screen unchanged.
 */
export function WithQuality(props: {
  config: DesktopConfig;
  session: Session;
  api: ApiClient;
  signed: SignedFetch;
  children: ComponentChildren;
}) {
  const { q } = useQualityStrings();
  const quality = useMemo(
    () => qualityApi(props.config.apiUrl, props.signed, props.session.idToken),
    [props.config, props.signed, props.session],
  );
  if (props.session.role === 'supervisor')
    return (
      <QualityTabs
        home={props.children}
        homeLabel="overviewTab"
        tabs={[
          { id: 'evaluate', label: q.qualityTab, render: () => <EvaluateCalls api={quality} /> },
          { id: 'scorecard', label: q.scorecard, render: () => <ScorecardPanel api={quality} /> },
        ]}
      />
    );
  if (props.session.role === 'operator')
    return (
      <QualityTabs
        home={props.children}
        homeLabel="workTab"
        tabs={[
          { id: 'mine', label: q.myResultsTab, render: () => <MyResults api={quality} /> },
          {
            id: 'practice',
            label: q.practiceTab,
            // A practice call in progress (and its answer) survives a look at another tab.
            keepMounted: true,
            render: () => (
              <PracticeMode
                config={props.config}
                api={props.api}
                quality={quality}
                signed={props.signed}
                username={props.session.username}
              />
            ),
          },
        ]}
      />
    );
  return <>{props.children}</>;
}
