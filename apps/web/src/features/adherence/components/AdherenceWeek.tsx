import { useMemo, useState } from 'react';
import { useLanguage } from '../../../lib/i18n';
import { downloadText } from '../../../lib/spreadsheet';
import { adherenceCsv } from '../adherence-csv';
import type { AgentDay } from '../../schedules/agent-day';
import type { AdherenceReport } from '../types';
import { shownDates, weekTable } from '../week-table';
import { AdherenceTable } from './AdherenceTable';
import { PhoneStaffingChart } from './PhoneStaffingChart';
import { ServiceLevelEffect } from './ServiceLevelEffect';
import { TeamAdherenceChart } from './TeamAdherenceChart';

/** The week's charts, and its table of agents and days with the agent's day opened in it. */
export function AdherenceWeek({ report, monday }: { report: AdherenceReport; monday: string }) {
  const [opened, setOpened] = useState<AgentDay>();
  const dates = useMemo(() => shownDates(report, monday), [report, monday]);
  const groups = useMemo(() => weekTable(report, dates), [report, dates]);
  return (
    <>
      <div className="columns">
        <div className="card">
          <TeamAdherenceChart groups={groups} dates={dates} />
        </div>
        <div className="card">
          <PhoneStaffingChart intervals={report.intervals} />
        </div>
      </div>
      <div className="card">
        <ServiceLevelEffect serviceLevel={report.serviceLevel} />
      </div>
      <div className="card">
        <ExportAdherence report={report} />
        <AdherenceTable groups={groups} dates={dates} opened={opened} onOpen={setOpened} />
      </div>
    </>
  );
}

/** The week's agent-days as CSV for a spreadsheet, in the user's language. */
function ExportAdherence({ report }: { report: AdherenceReport }) {
  const { t, language } = useLanguage();
  return (
    <div className="toolbar">
      <button
        type="button"
        className="secondary"
        disabled={report.agents.length === 0}
        onClick={() =>
          downloadText(
            adherenceCsv(
              report,
              {
                columns: t('adherence.csv.columns', { returnObjects: true }) as string[],
                noTeam: t('adherence.noTeam'),
                absence: (kind) => t(`absences.kinds.${kind}`),
              },
              language === 'sv',
            ),
            `${t('adherence.csv.fileName')}-${report.from}.csv`,
          )
        }
      >
        {t('adherence.csv.export')}
      </button>
    </div>
  );
}
