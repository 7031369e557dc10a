import { AnswerGroupSelect } from '../../../components/AnswerGroupSelect';
import { useCallback, useEffect, useState } from 'react';
import { useAnswerGroups } from '../../../api/get-answer-groups';
import { useForecastVersions } from '../../../api/get-forecast-versions';
import type { ForecastVersion } from '../../../api/types';
import { QueryState } from '../../../components/QueryState';
import { formatDate, type Language } from '../../../lib/format';
import { useLanguage } from '../../../lib/i18n';
import type { Granularity } from '../forecast-series';
import { AdjustForecast } from './AdjustForecast';
import { ForecastChart } from './ForecastChart';
import { ForecastComparison } from './ForecastComparison';
import { MethodAndAccuracy } from './MethodAndAccuracy';
import { RunForecast } from './RunForecast';

export function ForecastPage() {
  const { t, language } = useLanguage();
  const answerGroups = useAnswerGroups();
  const versions = useForecastVersions();
  const [answerGroupId, setAnswerGroupId] = useState<string>();
  const [versionId, setVersionId] = useState<number>();
  const [compareId, setCompareId] = useState<number>();
  const [granularity, setGranularity] = useState<Granularity>('day');

  // Default to the first group and the newest version once they are loaded.
  useEffect(() => {
    if (answerGroupId === undefined && answerGroups.data?.[0])
      setAnswerGroupId(answerGroups.data[0].id);
  }, [answerGroupId, answerGroups.data]);
  useEffect(() => {
    if (versions.data?.[0] && versionId === undefined) setVersionId(versions.data[0].id);
  }, [versionId, versions.data]);

  const version = versions.data?.find((v) => v.id === versionId);
  const compareWith = versions.data?.find((v) => v.id === compareId && v.id !== versionId);
  const showCreated = useCallback((id: number) => setVersionId(id), []);

  return (
    <section aria-labelledby="forecast-title">
      <h1 id="forecast-title">{t('forecast.title')}</h1>
      <RunForecast onCreated={showCreated} />
      <QueryState
        isLoading={answerGroups.isLoading || versions.isLoading}
        error={answerGroups.error ?? versions.error}
      >
        <div className="card">
          <div className="toolbar">
            <AnswerGroupSelect
              answerGroups={answerGroups.data}
              value={answerGroupId}
              onChange={setAnswerGroupId}
            />
            <label>
              {t('forecast.version')}
              <select
                value={versionId ?? ''}
                onChange={(event) => setVersionId(Number(event.target.value))}
              >
                {versions.data?.map((v) => (
                  <option key={v.id} value={v.id}>
                    {versionLabel(v, language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('forecast.compareWith')}
              <select
                value={compareId ?? ''}
                onChange={(event) =>
                  setCompareId(event.target.value ? Number(event.target.value) : undefined)
                }
              >
                <option value="">{t('forecast.noComparison')}</option>
                {versions.data
                  ?.filter((v) => v.id !== versionId)
                  .map((v) => (
                    <option key={v.id} value={v.id}>
                      {versionLabel(v, language)}
                    </option>
                  ))}
              </select>
            </label>
            <label>
              {t('forecast.granularity')}
              <select
                value={granularity}
                onChange={(event) => setGranularity(event.target.value as Granularity)}
              >
                <option value="day">{t('forecast.perDay')}</option>
                <option value="interval">{t('forecast.perInterval')}</option>
              </select>
            </label>
          </div>
          {version && answerGroupId ? (
            <>
              <ForecastChart
                version={version}
                compareWith={compareWith}
                answerGroupId={answerGroupId}
                granularity={granularity}
              />
              <MethodAndAccuracy version={version} answerGroupId={answerGroupId} />
              {compareWith && (
                <ForecastComparison
                  version={version}
                  compareWith={compareWith}
                  answerGroupId={answerGroupId}
                />
              )}
            </>
          ) : (
            <p className="muted">{t('forecast.noVersions')}</p>
          )}
        </div>
        {version && answerGroupId && (
          <AdjustForecast
            key={`${version.id}-${answerGroupId}`}
            version={version}
            answerGroupId={answerGroupId}
            answerGroupName={
              answerGroups.data?.find((group) => group.id === answerGroupId)?.name ?? answerGroupId
            }
            onCreated={(created) => {
              setCompareId(version.id);
              setVersionId(created.id);
            }}
          />
        )}
      </QueryState>
    </section>
  );
}

function versionLabel(version: ForecastVersion, language: Language): string {
  return `#${version.id} ${version.name} (${formatDate(version.firstDay, language)} – ${formatDate(version.lastDay, language)})`;
}
