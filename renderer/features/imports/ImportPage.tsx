import { Anchor, Button, Group, Stack, Stepper } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type {
  DryRunSummary,
  ImportPreview,
  OpenedImport,
  PersonMatch,
} from '../../../shared/ipc/channels/imports';
import type { ColumnMapping, ImportRecord } from '../../../shared/model/kpis';
import type { DateOrder } from '../../../shared/domain/imports/dates';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { CheckStep } from './CheckStep';
import { DoneStep, ImportingStep } from './ImportingStep';
import { FileStep } from './FileStep';
import { MappingStep, fileDateOrder } from './MappingStep';
import { PastImports } from './PastImports';
import { PeopleStep } from './PeopleStep';
import { useDryRun, usePreview, useRunImport } from './queries';

type Step = 0 | 1 | 2 | 3 | 4 | 5;

/** Importing a helpdesk CSV: file, mapping, people, check, import, done. Nothing is written before "Import". */
export function ImportPage() {
  const [step, setStep] = useState<Step>(0);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [matches, setMatches] = useState<PersonMatch[]>([]);
  /** The lead's answer when the file's dates could be either order; the locale's order until then. */
  const [chosenDateOrder, setChosenDateOrder] = useState<DateOrder | null>(null);
  const [summary, setSummary] = useState<DryRunSummary | null>(null);
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const previewAction = usePreview();
  const dryRun = useDryRun({ showFieldErrors: setErrors });
  const runImport = useRunImport();

  const loadPreview = (input: Parameters<typeof previewAction.run>[0]) =>
    previewAction.run(input, {
      onSuccess: (p) => {
        setPreview(p);
        setMapping(p.mapping);
        setStep(1);
      },
    });
  const opened = (file: OpenedImport) => {
    setMatches([]);
    setSummary(null);
    setChosenDateOrder(null);
    loadPreview({ token: file.token });
  };
  const detectedDateOrder = preview && mapping ? fileDateOrder(preview, mapping) : null;
  const dateOrder =
    detectedDateOrder === 'day-first' || detectedDateOrder === 'month-first'
      ? detectedDateOrder
      : (chosenDateOrder ?? preview?.localeDateOrder ?? 'month-first');
  const options = () => ({
    token: preview!.token,
    source: preview!.source,
    delimiter: preview!.delimiter,
    decimalComma: preview!.decimalComma,
    dateOrder,
    mapping: mapping!,
    matches,
  });
  const check = (next: Step) =>
    dryRun.run(options(), {
      onSuccess: (s) => {
        setSummary(s);
        setStep(next);
      },
    });
  const start = () => {
    setStep(4);
    runImport.run(options(), {
      onSuccess: (r) => {
        setRecord(r);
        setStep(5);
      },
    });
  };
  const restart = () => {
    setStep(0);
    setPreview(null);
    setSummary(null);
    setRecord(null);
  };
  // A failed import goes back to the check, where nothing was written.
  if (step === 4 && runImport.isError) setStep(3);

  return (
    <>
      <PageHeader
        title="Import KPIs from a CSV"
        subtitle="A helpdesk export, read on this computer; nothing is saved until you confirm"
        actions={
          <Anchor component={Link} to="/kpis">
            Back to KPIs
          </Anchor>
        }
      />
      <Stack gap="lg">
        <SectionCard title="Import">
          <Stepper active={step} size="sm" allowNextStepsSelect={false} mb="md">
            <Stepper.Step label="File">
              <FileStep onOpened={opened} />
            </Stepper.Step>
            <Stepper.Step label="Columns">
              {preview && mapping && (
                <Stack>
                  <MappingStep
                    preview={preview}
                    mapping={mapping}
                    onMapping={setMapping}
                    dateOrder={detectedDateOrder === 'ambiguous' ? dateOrder : null}
                    onDateOrder={setChosenDateOrder}
                    errors={errors}
                    onOptions={(o) =>
                      loadPreview({
                        token: preview.token,
                        source: o.source ?? preview.source,
                        delimiter: o.delimiter ?? preview.delimiter,
                        decimalComma: o.decimalComma ?? preview.decimalComma,
                      })
                    }
                  />
                  <Group>
                    <Button variant="default" onClick={restart}>
                      Choose another file
                    </Button>
                    <Button onClick={() => check(2)} loading={dryRun.isPending}>
                      Next: people
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stepper.Step>
            <Stepper.Step label="People">
              {preview && summary && (
                <Stack>
                  <PeopleStep
                    summary={summary}
                    people={preview.people}
                    matches={matches}
                    onMatches={setMatches}
                  />
                  <Group>
                    <Button variant="default" onClick={() => setStep(1)}>
                      Back to columns
                    </Button>
                    <Button onClick={() => check(3)} loading={dryRun.isPending}>
                      Next: check
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stepper.Step>
            <Stepper.Step label="Check">
              {summary && (
                <Stack>
                  <CheckStep summary={summary} />
                  <Group>
                    <Button variant="default" onClick={() => setStep(2)}>
                      Back to people
                    </Button>
                    <Button onClick={start} disabled={summary.added + summary.replaced === 0}>
                      Import {(summary.added + summary.replaced).toLocaleString()} values
                    </Button>
                  </Group>
                </Stack>
              )}
            </Stepper.Step>
            <Stepper.Step label="Import">
              {preview && <ImportingStep token={preview.token} />}
            </Stepper.Step>
            <Stepper.Completed>
              {record && <DoneStep record={record} onUndone={restart} onAnother={restart} />}
            </Stepper.Completed>
          </Stepper>
        </SectionCard>
        <PastImports />
      </Stack>
    </>
  );
}
