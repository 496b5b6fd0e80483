import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useQualityStrings } from './strings';

export interface QualityTab {
  readonly id: string;
  readonly label: string;
  readonly render: () => ComponentChildren;
  /** Stays mounted once opened (hidden when another tab shows), so work in progress there survives. */
  readonly keepMounted?: boolean;
}

/**
 * The screen's own work first, then the quality views, as tabs (arrow keys move between them, as the ARIA
 * tab pattern asks). The first tab stays mounted while hidden, so a call in progress keeps its panel.
 */
export function QualityTabs(props: {
  home: ComponentChildren;
  homeLabel: 'workTab' | 'overviewTab';
  tabs: QualityTab[];
}) {
  const { q } = useQualityStrings();
  const [active, setActive] = useState('home');
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  if (!opened.has(active)) setOpened(new Set([...opened, active]));
  const all = [{ id: 'home', label: q[props.homeLabel] }, ...props.tabs];
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = all[(index + step + all.length) % all.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
    event.preventDefault();
  };
  return (
    <>
      <div role="tablist" class="quality-tabs" aria-label={q.qualityTab}>
        {all.map((tab, index) => (
          <button
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            key={tab.id}
            aria-selected={active === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={active === tab.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-home" aria-labelledby="tab-home" hidden={active !== 'home'}>
        {props.home}
      </div>
      {props.tabs.map((tab) =>
        active === tab.id || (tab.keepMounted && opened.has(tab.id)) ? (
          <div
            role="tabpanel"
            id={`panel-${tab.id}`}
            aria-labelledby={`tab-${tab.id}`}
            key={tab.id}
            hidden={active !== tab.id}
          >
            {tab.render()}
          </div>
        ) : null,
      )}
    </>
  );
}
