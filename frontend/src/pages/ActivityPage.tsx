import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Activity } from '../api/activities';
import { presetRange } from '../components/range';
import type { RangePreset } from '../components/range';
import { usePageTitle } from '../components/usePageTitle';
import { todayIn } from '../format';
import { useMe } from '../session/SessionContext';
import { browserTimeZone } from '../timeZones';
import { ActivityCalendar } from './activity/ActivityCalendar';
import { ActivityDetail } from './activity/ActivityDetail';
import { ActivityList } from './activity/ActivityList';
import { Filters } from './activity/Filters';
import type { ActivityFilter } from './activity/Filters';
import { TrainingLoadChart } from './activity/TrainingLoadChart';
import { WeeklyVolumeChart } from './activity/WeeklyVolumeChart';
import './activity.css';

/**
 * Activities with filters and a detail view, weekly volume by sport, fitness/fatigue/form and the year's
 * calendar. The filters live in the address (`?sport=&from=&to=&id=`), so a view can be bookmarked.
 */
export function ActivityPage() {
  usePageTitle('Activity');
  const { settings } = useMe();
  const timeZone = settings.timeZone ?? browserTimeZone();
  const units = settings.units;
  const today = todayIn(timeZone);
  const [params, setParams] = useSearchParams();
  const fallback = presetRange('90d', today);
  const filter: ActivityFilter = {
    sport: params.get('sport') ?? '',
    preset: (params.get('range') as RangePreset | null) ?? (params.has('from') ? null : '90d'),
    from: params.get('from') ?? fallback.from,
    to: params.get('to') ?? fallback.to,
  };
  const selected = params.get('id');
  const [loaded, setLoaded] = useState<Activity[]>([]);
  const onLoaded = useCallback((items: Activity[]) => setLoaded(items), []);

  const update = (next: ActivityFilter, id: string | null = null) => {
    const search = new URLSearchParams();
    if (next.sport) search.set('sport', next.sport);
    if (next.preset) search.set('range', next.preset);
    search.set('from', next.from);
    search.set('to', next.to);
    if (id) search.set('id', id);
    setParams(search);
  };
  const choosePreset = (preset: RangePreset) => update({ ...filter, preset, ...presetRange(preset, today) });
  const activity = selected ? loaded.find((item) => item.id === selected) : undefined;

  return (
    <div className="activity-page">
      <h1>Activity</h1>
      <Filters filter={filter} onChange={(next) => update(next)} onPreset={choosePreset} />
      {selected &&
        (activity ? (
          <ActivityDetail activity={activity} units={units} timeZone={timeZone} onClose={() => update(filter)} />
        ) : (
          loaded.length > 0 && (
            <p className="hint" role="status">
              That activity is not in this list: choose its range or load more.
            </p>
          )
        ))}
      <ActivityList
        filter={filter}
        units={units}
        timeZone={timeZone}
        selected={selected}
        onSelect={(id) => update(filter, id)}
        onLoaded={onLoaded}
      />
      <WeeklyVolumeChart from={filter.from} to={filter.to} sport={filter.sport} units={units} timeZone={timeZone} />
      <TrainingLoadChart timeZone={timeZone} />
      <ActivityCalendar today={today} timeZone={timeZone} />
    </div>
  );
}
