// The demo deployment: five spaces of realistic content plus deliberately planted situations every screen
// must show — shared origins (copy conflicts and ambiguous conflicts), a missing data view, legacy URL
// aliases (aliasMatch, conflict, disabled) and ML state out of sync in all four ways.
import type { Space } from '../../contract/kibana';
import * as b from './object-builders';
import type { StateDocument, StateObject } from './schema';

export const DEMO_SPACES: Space[] = [
  { id: 'default', name: 'Default', description: 'This is your default space!', color: '#00bfb3', initials: 'D', disabledFeatures: [], _reserved: true },
  { id: 'marketing', name: 'Marketing', description: 'Campaigns, web analytics and funnels', color: '#E7664C', initials: 'MK', disabledFeatures: [] },
  { id: 'engineering', name: 'Engineering', description: 'Service health, APM and Kubernetes', color: '#6092C0', initials: 'EN', disabledFeatures: [] },
  { id: 'security-ops', name: 'Security Ops', description: 'SOC dashboards and threat hunting', color: '#D36086', initials: 'SO', disabledFeatures: [] },
  { id: 'sales', name: 'Sales', description: 'Pipeline and revenue reporting', color: '#9170B8', initials: 'SA', disabledFeatures: [] },
];

interface Domain {
  key: string;
  name: string;
  pattern: string;
  columns: string[];
  charts: [string, string][];
  lens: [string, string];
  map?: string;
  /** Its data view has no name, only its index pattern (as views made before Kibana 8.x). */
  unnamedView?: boolean;
}

const DOMAINS: Record<string, Domain> = {
  web: { key: 'web', name: 'Web logs', pattern: 'logs-nginx.access-*', columns: ['url.path', 'http.response.status_code'], charts: [['Requests per minute', 'line'], ['Response codes over time', 'area'], ['Top requested URLs', 'table']], lens: ['Unique visitors by country', 'lnsXY'], map: 'Visitors by location', unnamedView: true },
  ecommerce: { key: 'ecommerce', name: 'eCommerce orders', pattern: 'ecommerce-orders-*', columns: ['customer_full_name', 'taxful_total_price'], charts: [['Revenue by category', 'pie'], ['Average basket size', 'metric'], ['Orders per day', 'histogram']], lens: ['Top products this week', 'lnsDatatable'], map: 'Orders by region' },
  flights: { key: 'flights', name: 'Flight data', pattern: 'flights-*', columns: ['Carrier', 'FlightDelayMin'], charts: [['Delays by carrier', 'horizontal_bar'], ['Cancelled flights', 'metric'], ['Average ticket price', 'gauge']], lens: ['Delay buckets', 'lnsXY'], map: 'Origin airports' },
  apm: { key: 'apm', name: 'APM traces', pattern: 'traces-apm*', columns: ['service.name', 'transaction.duration.us'], charts: [['Latency p95 by service', 'line'], ['Error rate', 'area'], ['Throughput', 'line']], lens: ['Slowest transactions', 'lnsDatatable'] },
  k8s: { key: 'k8s', name: 'Kubernetes metrics', pattern: 'metrics-kubernetes.*', columns: ['kubernetes.pod.name', 'kubernetes.namespace'], charts: [['CPU usage by node', 'line'], ['Pod restarts', 'histogram'], ['Memory pressure', 'area']], lens: ['Namespaces by pod count', 'lnsPie'] },
  auth: { key: 'auth', name: 'Authentication events', pattern: 'logs-system.auth-*', columns: ['user.name', 'event.outcome'], charts: [['Failed logins', 'line'], ['Logins by source IP', 'table'], ['MFA challenges', 'metric']], lens: ['Suspicious sign-ins', 'lnsXY'], map: 'Sign-ins by geo' },
  network: { key: 'network', name: 'Network flows', pattern: 'logs-network_traffic.*', columns: ['source.ip', 'destination.port'], charts: [['Bytes in vs out', 'area'], ['Top talkers', 'table'], ['Blocked connections', 'line']], lens: ['Ports by traffic', 'lnsXY'] },
  pipeline: { key: 'pipeline', name: 'CRM pipeline', pattern: 'crm-opportunities', columns: ['account.name', 'amount'], charts: [['Pipeline by stage', 'horizontal_bar'], ['Won deals per month', 'histogram'], ['Quota attainment', 'gauge']], lens: ['Top accounts', 'lnsDatatable'] },
  campaigns: { key: 'campaigns', name: 'Campaign events', pattern: 'marketing-campaigns-*', columns: ['campaign.name', 'utm.source'], charts: [['Clicks by channel', 'pie'], ['Conversion funnel', 'horizontal_bar'], ['Cost per lead', 'metric']], lens: ['Campaign ROI', 'lnsXY'] },
};

const BASE_TIME = Date.parse('2026-11-01T09:00:00.000Z');
let clock = 0;
/** Deterministic, strictly decreasing timestamps so the demo sorts the same every time. */
const nextTime = () => new Date(BASE_TIME - (clock += 3_600_000 + 97_000)).toISOString();

function domainObjects(space: string, prefix: string, d: Domain, tagIds: string[]): StateObject[] {
  const ns = [space];
  const id = (suffix: string) => `${prefix}${d.key}-${suffix}`;
  const o = (suffix: string, title: string, description?: string): b.BuildOptions => ({ id: id(suffix), title, namespaces: ns, description, updatedAt: nextTime() });
  const ipId = id('data-view');
  const objects: StateObject[] = [b.indexPattern(o('data-view', d.name), d.pattern, { named: !d.unnamedView })];
  objects.push(b.savedSearch(o('search', `${d.name}: all events`, `Every ${d.name.toLowerCase()} document, newest first`), ipId, d.columns));
  d.charts.forEach(([title, visType], i) => objects.push(b.visualization(o(`vis-${i}`, `[${d.name}] ${title}`), ipId, visType)));
  objects.push(b.lens(o('lens', `[${d.name}] ${d.lens[0]}`), ipId, d.lens[1]));
  if (d.map) objects.push(b.map(o('map', `[${d.name}] ${d.map}`), ipId));
  const panels = objects.filter((x) => x.type !== 'index-pattern').map((x) => ({ type: x.type, id: x.id }));
  objects.push(b.dashboard(o('overview', `[${d.name}] Overview`, `The ${d.name.toLowerCase()} at a glance`), panels, tagIds));
  return objects;
}

function spaceContent(space: string, prefix: string, domains: string[], tags: [string, string][]): StateObject[] {
  const tagObjects = tags.map(([name, color], i) =>
    b.tag({ id: `${prefix}tag-${name.toLowerCase().replace(/\W+/g, '-')}`, title: name, namespaces: [space], updatedAt: nextTime(), description: `${name} content` }, color ?? ['#54B399', '#6092C0', '#D36086'][i % 3]),
  );
  const objects: StateObject[] = [...tagObjects];
  domains.forEach((key, i) => objects.push(...domainObjects(space, prefix, DOMAINS[key], [tagObjects[i % tagObjects.length].id])));
  objects.push(b.workpad({ id: `${prefix}workpad-status`, title: `${DEMO_SPACES.find((s) => s.id === space)?.name} status board`, namespaces: [space], updatedAt: nextTime() }));
  objects.push(b.config({ id: '9.1.0', namespaces: [space], updatedAt: nextTime() }, objects.find((x) => x.type === 'index-pattern')?.id ?? ''));
  return objects;
}

function plantedObjects(): StateObject[] {
  const t = nextTime;
  return [
    // A dashboard whose visualization points at a data view that was deleted: copying it reports a missing reference.
    b.visualization({ id: 'orphan-errors-vis', title: '[Legacy] Error spikes (data view deleted)', namespaces: ['default'], updatedAt: t() }, 'deleted-logs-data-view', 'line'),
    b.dashboard({ id: 'legacy-errors-dashboard', title: '[Legacy] Error review', description: 'Built on a data view that no longer exists', namespaces: ['default'], updatedAt: t() }, [{ type: 'visualization', id: 'orphan-errors-vis' }]),
    // Marketing's web kit was copied from the default space (originIds set below): copying → conflicts.
    // Two forks of the default web dashboard in engineering: copying it there → ambiguous conflict.
    b.dashboard({ id: 'en-web-traffic-a', originId: 'web-overview', title: '[Web logs] Overview (SRE fork)', namespaces: ['engineering'], updatedAt: t() }, []),
    b.dashboard({ id: 'en-web-traffic-b', originId: 'web-overview', title: '[Web logs] Overview (platform fork)', namespaces: ['engineering'], updatedAt: t() }, []),
    // Targets of the legacy URL aliases below.
    b.dashboard({ id: 'kpi-overview', title: 'Company KPIs', namespaces: ['default'], updatedAt: t() }, [{ type: 'lens', id: 'web-lens' }]),
    b.dashboard({ id: 'kpi-overview-imported', title: 'Company KPIs (imported)', namespaces: ['default'], updatedAt: t(), originId: 'kpi-overview' }, [{ type: 'lens', id: 'web-lens' }]),
    b.dashboard({ id: 'mk-campaign-board', title: 'Campaign board', namespaces: ['marketing'], updatedAt: t() }, []),
    alias('default', 'dashboard', 'old-web-overview', 'web-overview', { purpose: 'savedObjectConversion', resolveCounter: 14, lastResolved: '2026-10-28T16:02:11.000Z' }),
    alias('default', 'dashboard', 'kpi-overview', 'kpi-overview-imported', { purpose: 'savedObjectImport', resolveCounter: 3, lastResolved: '2026-10-30T08:12:45.000Z' }),
    alias('default', 'visualization', 'legacy-requests', 'web-vis-0', { purpose: 'savedObjectConversion', disabled: true, resolveCounter: 41 }),
    alias('marketing', 'dashboard', 'campaign-board-v1', 'mk-campaign-board', { purpose: 'savedObjectConversion' }),
    // A data view shared to every space: never copied, shown as "all spaces". Unnamed: shown as its pattern.
    b.indexPattern({ id: 'shared-metrics-data-view', title: 'All metrics (shared)', namespaces: ['*'], updatedAt: t() }, 'metrics-*', { named: false }),
  ];
}

function alias(space: string, type: string, sourceId: string, targetId: string, extra: Record<string, unknown>): StateObject {
  return {
    type: 'legacy-url-alias',
    id: `${space}:${type}:${sourceId}`,
    attributes: { sourceId, targetNamespace: space, targetType: type, targetId, ...extra },
    references: [],
    updated_at: nextTime(),
  };
}

function mlObjects(): { objects: StateObject[]; ml: NonNullable<StateDocument['ml']> } {
  const job = (jobType: string, jobId: string, datafeedId: string | null, namespaces: string[]): StateObject => ({
    type: 'ml-job',
    id: `${jobType}-${jobId}`,
    namespaces,
    attributes: { job_id: jobId, datafeed_id: datafeedId, type: jobType },
    references: [],
    updated_at: nextTime(),
  });
  const model = (modelId: string, jobId: string | null, namespaces: string[]): StateObject => ({
    type: 'ml-trained-model',
    id: modelId,
    namespaces,
    attributes: { model_id: modelId, job: jobId ? { job_id: jobId, create_time: BASE_TIME - 86_400_000 * 20 } : null },
    references: [],
    updated_at: nextTime(),
  });
  return {
    objects: [
      job('anomaly-detector', 'web-requests-rate', 'datafeed-web-requests-rate', ['default']), // in sync
      job('anomaly-detector', 'checkout-errors', null, ['marketing']), // datafeed exists in ES → datafeedsAdded
      job('anomaly-detector', 'login-spikes', 'datafeed-login-spikes', ['security-ops']), // datafeed gone → datafeedsRemoved
      job('anomaly-detector', 'retired-capacity-job', 'datafeed-retired-capacity-job', ['engineering']), // job gone → deleted
      job('data-frame-analytics', 'old-regression', null, ['sales']), // job gone → deleted
      job('data-frame-analytics', 'flight-delay-regression', null, ['*']), // in sync
      model('flight-delay-model', 'flight-delay-regression', ['*']), // in sync
      model('obsolete-sentiment-model', null, ['default']), // model gone → deleted
    ],
    ml: {
      jobs: [
        { type: 'anomaly-detector', id: 'web-requests-rate', datafeedId: 'datafeed-web-requests-rate' },
        { type: 'anomaly-detector', id: 'checkout-errors', datafeedId: 'datafeed-checkout-errors' },
        { type: 'anomaly-detector', id: 'login-spikes', datafeedId: null },
        { type: 'anomaly-detector', id: 'high-latency-detector', datafeedId: 'datafeed-high-latency-detector' }, // no saved object → created
        { type: 'data-frame-analytics', id: 'flight-delay-regression' },
        { type: 'data-frame-analytics', id: 'customer-churn' }, // no saved object → created
      ],
      trainedModels: [
        { id: 'flight-delay-model', jobId: 'flight-delay-regression' },
        { id: 'customer-churn-model', jobId: 'customer-churn' }, // no saved object → created
        { id: '.elser_model_2', jobId: null }, // built-in model, no saved object → created in all spaces
      ],
    },
  };
}

export function createDemoState(): StateDocument {
  clock = 0;
  const objects: StateObject[] = [
    ...spaceContent('default', '', ['web', 'ecommerce', 'flights', 'apm'], [['Production', '#54B399'], ['Executive', '#6092C0'], ['Team: Web', '#D6BF57']]),
    ...spaceContent('marketing', 'mk-', ['campaigns', 'web', 'ecommerce'], [['Campaigns', '#E7664C'], ['Weekly review', '#9170B8']]),
    ...spaceContent('engineering', 'en-', ['apm', 'k8s', 'web'], [['SRE', '#6092C0'], ['On-call', '#D36086']]),
    ...spaceContent('security-ops', 'so-', ['auth', 'network'], [['SOC', '#D36086'], ['Threat hunting', '#54B399']]),
    ...spaceContent('sales', 'sa-', ['pipeline', 'ecommerce'], [['Revenue', '#9170B8'], ['Forecast', '#D6BF57']]),
    ...plantedObjects(),
  ];
  for (const o of objects) if (o.id.startsWith('mk-web-')) o.originId = o.id.slice('mk-'.length);
  const ml = mlObjects();
  return { spaces: DEMO_SPACES.map((s) => ({ ...s })), objects: [...objects, ...ml.objects], ml: ml.ml };
}

export function createEmptyState(): StateDocument {
  return { spaces: [{ ...DEMO_SPACES[0] }], objects: [], ml: { jobs: [], trainedModels: [] } };
}
