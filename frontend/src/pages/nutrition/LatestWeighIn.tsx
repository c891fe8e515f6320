import { fetchBodyMeasurements } from '../../api/body';
import type { Units } from '../../api/me';
import { useResource } from '../../components/useResource';
import { formatLocalDate } from '../activity/time';
import { UNKNOWN } from '../activity/units';

const KG_PER_LB = 0.45359237;

/** The newest weigh-in with its body fat (the metrics have no body fat), in kg or lb; nothing while loading or without one. */
export function LatestWeighIn({ units }: { units: Units }) {
  const [resource] = useResource(() => fetchBodyMeasurements({ limit: 1 }), []);
  const latest = resource.status === 'ready' ? resource.data.items[0] : undefined;
  if (!latest) return null;
  const number = (value: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 }).format(value);
  const weight =
    latest.weightKg === null
      ? UNKNOWN
      : units === 'imperial'
        ? `${number(latest.weightKg / KG_PER_LB)} lb`
        : `${number(latest.weightKg)} kg`;
  return (
    <dl className="facts" data-testid="latest-weigh-in">
      <dt>Latest weigh-in</dt>
      <dd>
        {weight} on {formatLocalDate(latest.date)}
      </dd>
      <dt>Body fat</dt>
      <dd>{latest.bodyFatPct === null ? UNKNOWN : `${number(latest.bodyFatPct)} %`}</dd>
    </dl>
  );
}
