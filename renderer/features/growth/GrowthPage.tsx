import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { CoveragePanel } from './CoveragePanel';
import { MatrixPanel } from './MatrixPanel';
import { useGrowthTeam } from './queries';
import { SkillsSettings } from './SkillsSettings';
import { TrainingView } from './TrainingView';
import { usePendingLevels } from './use-pending-levels';
import './growth.css';

const TABS = ['matrix', 'coverage', 'training', 'skills'] as const;
type Tab = (typeof TABS)[number];

/** The team's growth: the skills matrix, cross-training coverage, training, and the skills. */
export function GrowthPage() {
  const query = useGrowthTeam();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'matrix';
  // Who is away in the what-if: the matrix's coverage row and the coverage tab share it.
  const [whatIfAway, setWhatIfAway] = useState<string[]>([]);
  const { pending, setLevel } = usePendingLevels(query.dataUpdatedAt);

  return (
    <>
      <PageHeader
        title="Growth"
        subtitle="Who can cover what, who is learning what, and where the team is thin"
        actions={
          tab !== 'skills' && (
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setParams({ tab: 'skills' })}
            >
              Define skills
            </Button>
          )
        }
      />
      <Tabs value={tab} onChange={(t) => setParams({ tab: t ?? 'matrix' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="matrix">Skills matrix</Tabs.Tab>
          <Tabs.Tab value="coverage">Coverage</Tabs.Tab>
          <Tabs.Tab value="training">Training</Tabs.Tab>
          <Tabs.Tab value="skills">Skills and templates</Tabs.Tab>
        </Tabs.List>
        <QueryState query={query} label="Loading growth" />
        {query.data && (
          <>
            <Tabs.Panel value="matrix">
              <MatrixPanel
                view={query.data}
                pending={pending}
                whatIfAway={whatIfAway}
                onWhatIfAway={setWhatIfAway}
                onSetLevel={setLevel}
                onDefineSkills={() => setParams({ tab: 'skills' })}
              />
            </Tabs.Panel>
            <Tabs.Panel value="coverage">
              <CoveragePanel
                view={query.data}
                pending={pending}
                whatIfAway={whatIfAway}
                onWhatIfAway={setWhatIfAway}
              />
            </Tabs.Panel>
            <Tabs.Panel value="training">
              <TrainingView view={query.data} />
            </Tabs.Panel>
            <Tabs.Panel value="skills">
              <SkillsSettings view={query.data} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </>
  );
}
