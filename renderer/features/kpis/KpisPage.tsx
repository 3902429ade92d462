import { Button, Group, Tabs } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { TeamKpiCsvButton } from '../kpi-export/KpiCsvExport';
import { QueryState } from '../../components/QueryState';
import { EnterValuesPanel } from './EnterValuesPanel';
import { MetricsPanel } from './MetricsPanel';
import { useKpiSettings, useKpiTeam } from './queries';
import { TeamTable } from './TeamTable';
import './kpis.css';

const TABS = ['team', 'enter', 'metrics'] as const;
type Tab = (typeof TABS)[number];
const SPARKLINE_PERIODS = 8;

/** The support numbers: the team table, typing values in, and the metric definitions. */
export function KpisPage() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'team';
  const settings = useKpiSettings();

  return (
    <>
      <PageHeader
        title="KPIs"
        subtitle="Each person's support numbers against their targets, typed in or imported"
        actions={
          <Group gap="xs">
            <Button
              component={Link}
              to="/kpis/import"
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
            >
              Import CSV
            </Button>
            <TeamKpiCsvButton />
          </Group>
        }
      />
      <Tabs value={tab} onChange={(t) => setParams({ tab: t ?? 'team' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="team">Team table</Tabs.Tab>
          <Tabs.Tab value="enter">Enter values</Tabs.Tab>
          <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
        </Tabs.List>
        <QueryState query={settings} label="Loading the metrics" />
        {settings.data && (
          <>
            <Tabs.Panel value="team">
              <TeamPanel />
            </Tabs.Panel>
            <Tabs.Panel value="enter">
              <EnterValuesPanel metrics={settings.data.metrics} />
            </Tabs.Panel>
            <Tabs.Panel value="metrics">
              <MetricsPanel settings={settings.data} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </>
  );
}

function TeamPanel() {
  const team = useKpiTeam(SPARKLINE_PERIODS);
  if (!team.data) return <QueryState query={team} label="Loading the team table" />;
  return <TeamTable table={team.data} />;
}
