// Builders for realistic saved objects of each type, shared by the demo deployment and the generator.
import type { SavedObjectReference } from '../../contract/kibana';
import type { StateObject } from './schema';

export interface BuildOptions {
  id: string;
  title: string;
  namespaces: string[];
  description?: string;
  updatedAt: string;
  originId?: string;
  references?: SavedObjectReference[];
}

const searchSource = (indexRef = true) =>
  JSON.stringify({
    query: { query: '', language: 'kuery' },
    filter: [],
    ...(indexRef ? { indexRefName: 'kibanaSavedObjectMeta.searchSourceJSON.index' } : {}),
  });

function base(type: string, o: BuildOptions, attributes: Record<string, unknown>, references: SavedObjectReference[]): StateObject {
  return {
    type,
    id: o.id,
    namespaces: o.namespaces,
    ...(o.originId ? { originId: o.originId } : {}),
    attributes,
    references: [...references, ...(o.references ?? [])],
    updated_at: o.updatedAt,
    created_at: o.updatedAt,
    managed: false,
  };
}

/** A data view: `title` holds the index pattern; `name` (o.title) is the human name, absent on views made before Kibana 8.x named them. */
export function indexPattern(o: BuildOptions, pattern: string, { timeField = '@timestamp', named = true } = {}): StateObject {
  return base('index-pattern', o, { title: pattern, ...(named ? { name: o.title } : {}), timeFieldName: timeField, fields: '[]', allowNoIndex: false }, []);
}

export function savedSearch(o: BuildOptions, indexPatternId: string, columns: string[]): StateObject {
  return base(
    'search',
    o,
    {
      title: o.title,
      description: o.description ?? '',
      columns,
      sort: [['@timestamp', 'desc']],
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource() },
    },
    [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: indexPatternId }],
  );
}

export function visualization(o: BuildOptions, indexPatternId: string, visType: string): StateObject {
  return base(
    'visualization',
    o,
    {
      title: o.title,
      description: o.description ?? '',
      visState: JSON.stringify({ title: o.title, type: visType, params: { addTooltip: true, addLegend: true }, aggs: [] }),
      uiStateJSON: '{}',
      version: 1,
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource() },
    },
    [{ name: 'kibanaSavedObjectMeta.searchSourceJSON.index', type: 'index-pattern', id: indexPatternId }],
  );
}

export function lens(o: BuildOptions, indexPatternId: string, visualizationType: string): StateObject {
  return base(
    'lens',
    o,
    {
      title: o.title,
      description: o.description ?? '',
      visualizationType,
      state: { datasourceStates: { formBased: { layers: { layer1: { columns: {}, columnOrder: [] } } } }, query: { query: '', language: 'kuery' }, filters: [] },
    },
    [
      { name: 'indexpattern-datasource-current-indexpattern', type: 'index-pattern', id: indexPatternId },
      { name: 'indexpattern-datasource-layer-layer1', type: 'index-pattern', id: indexPatternId },
    ],
  );
}

export function map(o: BuildOptions, indexPatternId: string): StateObject {
  return base(
    'map',
    o,
    {
      title: o.title,
      description: o.description ?? '',
      mapStateJSON: JSON.stringify({ zoom: 2.1, center: { lon: 0, lat: 20 }, query: { query: '', language: 'kuery' } }),
      layerListJSON: JSON.stringify([{ id: 'layer_0', type: 'GEOJSON_VECTOR', sourceDescriptor: { indexPatternRefName: 'layer_0_source_index_pattern' } }]),
      uiStateJSON: '{"isLayerTOCOpen":true}',
    },
    [{ name: 'layer_0_source_index_pattern', type: 'index-pattern', id: indexPatternId }],
  );
}

export function dashboard(o: BuildOptions, panels: { type: string; id: string }[], tagIds: string[] = []): StateObject {
  const panelsJSON = panels.map((_, i) => ({
    version: '9.1.0',
    type: panels[i].type,
    gridData: { x: (i % 2) * 24, y: Math.floor(i / 2) * 15, w: 24, h: 15, i: `panel-${i}` },
    panelIndex: `panel-${i}`,
    embeddableConfig: {},
    panelRefName: `panel_${i}`,
  }));
  return base(
    'dashboard',
    o,
    {
      title: o.title,
      description: o.description ?? '',
      panelsJSON: JSON.stringify(panelsJSON),
      optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, hidePanelTitles: false }),
      timeRestore: false,
      kibanaSavedObjectMeta: { searchSourceJSON: searchSource(false) },
    },
    [
      ...panels.map((p, i) => ({ name: `panel_${i}`, type: p.type, id: p.id })),
      ...tagIds.map((id) => ({ name: `tag-ref-${id}`, type: 'tag', id })),
    ],
  );
}

export function tag(o: BuildOptions, color: string): StateObject {
  return base('tag', o, { name: o.title, description: o.description ?? '', color }, []);
}

export function workpad(o: BuildOptions): StateObject {
  return base(
    'canvas-workpad',
    o,
    { name: o.title, width: 1280, height: 720, page: 0, pages: [{ id: 'page-1', elements: [] }], colors: ['#37988d'], isWriteable: true },
    [],
  );
}

export function config(o: Omit<BuildOptions, 'title'>, defaultIndex: string): StateObject {
  return base('config', { ...o, title: '' }, { buildNum: 84103, 'dateFormat:tz': 'UTC', defaultIndex }, []);
}
