import { formatMinutes, formatNumber } from './numbers';

const STAGE_ORDER = ['deep', 'light', 'rem', 'asleep', 'restless', 'wake', 'awake'];
const STAGE_NAMES: Record<string, string> = {
  deep: 'Deep',
  light: 'Light',
  rem: 'REM',
  wake: 'Awake',
  asleep: 'Asleep',
  restless: 'Restless',
  awake: 'Awake',
};
const STAGE_COLORS: Record<string, string> = {
  deep: '#0072B2',
  light: '#56B4E9',
  rem: '#CC79A7',
  asleep: '#0072B2',
  restless: '#56B4E9',
  wake: '#E69F00',
  awake: '#E69F00',
};

/** Last night's minutes per stage as one stacked bar, with the same numbers as text beside it. */
export function SleepStagesBar({ stages }: { stages: Record<string, number> }) {
  const entries = Object.entries(stages)
    .filter(([, minutes]) => minutes > 0)
    .sort(([a], [b]) => rank(a) - rank(b));
  const total = entries.reduce((sum, [, minutes]) => sum + minutes, 0);
  if (total === 0) {
    return null;
  }
  const parts = entries.map(([stage, minutes]) => ({
    stage,
    name: STAGE_NAMES[stage] ?? stage,
    minutes,
    percent: (minutes / total) * 100,
  }));
  const description = parts
    .map((p) => `${p.name} ${formatMinutes(p.minutes)} (${formatNumber(p.percent)} %)`)
    .join(', ');
  return (
    <div className="sleep-stages">
      <div className="sleep-stages-bar" role="img" aria-label={`Sleep stages: ${description}`}>
        {parts.map((p) => (
          <span
            key={p.stage}
            className="sleep-stage"
            style={{ width: `${p.percent}%`, background: STAGE_COLORS[p.stage] ?? '#5b6675' }}
          />
        ))}
      </div>
      <ul className="sleep-stages-legend">
        {parts.map((p) => (
          <li key={p.stage}>
            <span className="swatch" style={{ background: STAGE_COLORS[p.stage] ?? '#5b6675' }} aria-hidden="true" />
            {p.name} {formatMinutes(p.minutes)} <span className="muted">({formatNumber(p.percent)} %)</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function rank(stage: string): number {
  const index = STAGE_ORDER.indexOf(stage);
  return index === -1 ? STAGE_ORDER.length : index;
}
