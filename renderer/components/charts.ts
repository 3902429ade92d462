// The charts and their styles, in a chunk of their own: loaded by LazyCharts when a chart first shows.
import '@mantine/charts/styles.css';

export { BarChart, LineChart, Sparkline } from '@mantine/charts';
