// `npm run simulator -- [--port 5601] [--host 127.0.0.1] [--state FILE] [--demo | --empty] [--objects N]
//  [--ephemeral] [--api-key KEY]` (kibana-api.md §14.1)
import { startSimulatorServer, type SimulatorServerOptions } from './node-server';

function parseArgs(argv: string[]): SimulatorServerOptions {
  const options: SimulatorServerOptions = {};
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--port': options.port = Number(value(i++, flag)); break;
      case '--host': options.host = value(i++, flag); break;
      case '--state': options.statePath = value(i++, flag); break;
      case '--demo': options.empty = false; break;
      case '--empty': options.empty = true; break;
      case '--objects': options.objects = Number(value(i++, flag)); break;
      case '--ephemeral': options.ephemeral = true; break;
      case '--api-key': options.apiKey = value(i++, flag); break;
      case '--help':
        console.log('npm run simulator -- [--port 5601] [--host 127.0.0.1] [--state FILE] [--demo | --empty] [--objects N] [--ephemeral] [--api-key KEY]');
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${flag} (try --help)`);
    }
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536))
    throw new Error('--port must be a port number');
  if (options.objects !== undefined && !(Number.isInteger(options.objects) && options.objects >= 0))
    throw new Error('--objects must be a whole number');
  return options;
}

async function main() {
  let options: SimulatorServerOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`simulator: ${(e as Error).message}`);
    process.exit(2);
  }
  const started = Date.now();
  const server = await startSimulatorServer(options);
  const kept = server.sim.persistence.description;
  console.log(`Kibana simulator listening on ${server.url} (${server.sim.store.size} saved objects, state: ${kept}, ready in ${Date.now() - started} ms)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
