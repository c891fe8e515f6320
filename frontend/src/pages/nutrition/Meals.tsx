import { useId, useState } from 'react';
import { ProblemError } from '../../api/client';
import type { SourceInfo } from '../../api/lists';
import type { Units } from '../../api/me';
import { fetchNutritionDay } from '../../api/nutrition';
import type { NutritionExercise, NutritionMeal, Nutrients } from '../../api/nutrition';
import { errorText } from '../../charts/errors';
import { useResource } from '../../components/useResource';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { UNKNOWN } from '../activity/units';
import { ConnectMyFitnessPal } from './SeriesChart';
import { ScrollRegion } from '../../components/ScrollRegion';

const ML_PER_FL_OZ = 29.5735295625;

const COLUMNS: { key: string; label: string; unit: string }[] = [
  { key: 'kcal', label: 'Energy', unit: 'kcal' },
  { key: 'proteinG', label: 'Protein', unit: 'g' },
  { key: 'carbohydratesG', label: 'Carbohydrates', unit: 'g' },
  { key: 'fatG', label: 'Fat', unit: 'g' },
  { key: 'sodiumMg', label: 'Sodium', unit: 'mg' },
  { key: 'sugarG', label: 'Sugar', unit: 'g' },
];

function amount(nutrients: Nutrients | null, key: string): string {
  const value = nutrients?.[key];
  return value === undefined || value === null
    ? UNKNOWN
    : formatNumber(value, 1);
}

/** Water in ml or US fl oz. */
export function water(ml: number | null, units: Units): string {
  if (ml === null) return UNKNOWN;
  return units === 'imperial'
    ? `${formatNumber(ml / ML_PER_FL_OZ, 1)} fl oz`
    : `${formatNumber(ml)} ml`;
}

function sourceText(source: SourceInfo | null, timeZone: string): string {
  if (!source) return '';
  const parts = [`${source.provider}/${source.channel ?? 'unknown'}`];
  if (source.file) parts.push(source.file);
  if (source.receivedAt) {
    parts.push(`received ${formatDateTime(source.receivedAt, timeZone)}`);
  }
  return parts.join(', ');
}

function MealTable({ meal }: { meal: NutritionMeal }) {
  return (
    <ScrollRegion label={meal.name ?? 'Meal'}>
      <table className="meal-table">
        <caption>{meal.name ?? 'Meal'}</caption>
        <thead>
          <tr>
            <th scope="col">Food</th>
            <th scope="col">Time</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column.key}>
                {column.label} ({column.unit})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {meal.items.map((item, i) => (
            <tr key={i}>
              <th scope="row">
                {item.name ?? 'Not named in the export'}
                {item.note ? <span className="hint"> ({item.note})</span> : null}
              </th>
              <td>{item.time ?? UNKNOWN}</td>
              {COLUMNS.map((column) => (
                <td key={column.key}>{amount(item.nutrients, column.key)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            {COLUMNS.map((column) => (
              <td key={column.key}>{amount(meal.totals, column.key)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

function Exercise({ exercise }: { exercise: NutritionExercise[] }) {
  if (exercise.length === 0) return null;
  return (
    <>
      <h4>Exercise logged</h4>
      <ul>
        {exercise.map((row, i) => (
          <li key={i}>
            {row.name ?? 'Exercise'}
            {row.minutes !== null ? `, ${row.minutes} min` : ''}
            {row.kcal !== null ? `, ${row.kcal} kcal` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One day's meals with their foods and nutrients, per channel (the diary and the export), and water. */
export function Meals({ initialDate, today, units, timeZone }: {
  initialDate: string;
  today: string;
  units: Units;
  timeZone: string;
}) {
  const headingId = useId();
  const dateId = useId();
  const [date, setDate] = useState(initialDate);
  const [resource, retry] = useResource(() => fetchNutritionDay(date), [date]);
  const notFound = resource.status === 'error' && resource.error instanceof ProblemError && resource.error.status === 404;
  return (
    <section aria-labelledby={headingId} className="nutrition-section" data-testid="meals">
      <h2 id={headingId}>Meals by day</h2>
      <div className="field">
        <label htmlFor={dateId}>Day</label>
        <input id={dateId} type="date" value={date} max={today} onChange={(e) => e.target.value && setDate(e.target.value)} />
      </div>
      {resource.status === 'loading' && (
        <p role="status" className="loading">
          Loading {formatLocalDate(date)}…
        </p>
      )}
      {notFound && (
        <ConnectMyFitnessPal>
          <p>Nothing is logged for {formatLocalDate(date)}.</p>
        </ConnectMyFitnessPal>
      )}
      {resource.status === 'error' && !notFound && (
        <div role="alert" className="error">
          <p>{errorText(resource.error, 'The meals of this day')}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {resource.status === 'ready' && (
        <>
          {resource.data.diary && (
            <article className="channel" aria-label="From the diary">
              <h3>From the diary</h3>
              <p className="hint">
                Channel: diary ({sourceText(resource.data.diary.source, timeZone)})
                {resource.data.diary.complete ? '; the day is marked complete' : ''}
              </p>
              <dl className="facts">
                <dt>Water</dt>
                <dd data-testid="day-water">{water(resource.data.diary.waterMl, units)}</dd>
              </dl>
              {resource.data.diary.meals.map((meal, i) => (
                <MealTable key={i} meal={meal} />
              ))}
            </article>
          )}
          {resource.data.export && (
            <article className="channel" aria-label="From the export">
              <h3>From the export</h3>
              <p className="hint">Channel: export ({sourceText(resource.data.export.source, timeZone)})</p>
              {resource.data.export.meals.map((meal, i) => (
                <MealTable key={i} meal={meal} />
              ))}
              <Exercise exercise={resource.data.export.exercise} />
            </article>
          )}
        </>
      )}
    </section>
  );
}
