/** The charts helper's calendar heatmap, re-exported so the activity page has one import to swap. */
export { CalendarHeatmap } from '../../charts/CalendarHeatmap';
