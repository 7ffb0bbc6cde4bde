import { describe, expect, it, vi } from 'vitest';
import { KibanaError, NetworkError, TimeoutError } from '../api/client';
import { createQueryClient } from './query-client';

const kibanaError = (statusCode: number) => new KibanaError({ statusCode, error: 'x', message: `failed with ${statusCode}` });

function setup() {
  const add = vi.fn(() => 'toast');
  return { add, queryClient: createQueryClient({ add }) };
}

describe('createQueryClient', () => {
  it('retries a query twice on retryable errors, then gives up', async () => {
    const { queryClient } = setup();
    const queryFn = vi.fn().mockRejectedValue(new NetworkError('offline'));
    await expect(queryClient.fetchQuery({ queryKey: ['a'], queryFn, retryDelay: 0 })).rejects.toThrow('offline');
    expect(queryFn).toHaveBeenCalledTimes(3);
  });

  it('does not retry errors that will not change (e.g. 404)', async () => {
    const { queryClient } = setup();
    const queryFn = vi.fn().mockRejectedValue(kibanaError(404));
    await expect(queryClient.fetchQuery({ queryKey: ['b'], queryFn, retryDelay: 0 })).rejects.toThrow();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('does not retry a timeout: the admin already waited the whole time', async () => {
    const { queryClient } = setup();
    const queryFn = vi.fn().mockRejectedValue(new TimeoutError('Kibana did not answer within 30 s.'));
    await expect(queryClient.fetchQuery({ queryKey: ['t'], queryFn, retryDelay: 0 })).rejects.toThrow('within 30 s');
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('never retries mutations', async () => {
    const { queryClient } = setup();
    const mutationFn = vi.fn().mockRejectedValue(kibanaError(503));
    const mutation = queryClient.getMutationCache().build(queryClient, { mutationFn });
    await expect(mutation.execute(undefined)).rejects.toThrow();
    expect(mutationFn).toHaveBeenCalledTimes(1);
  });

  it('toasts only when a background refresh fails, not a first load', async () => {
    const { queryClient, add } = setup();
    await expect(queryClient.fetchQuery({ queryKey: ['c'], queryFn: () => Promise.reject(kibanaError(400)) })).rejects.toThrow();
    expect(add).not.toHaveBeenCalled();

    await queryClient.fetchQuery({ queryKey: ['d'], queryFn: () => Promise.resolve('first') });
    await expect(
      queryClient.fetchQuery({ queryKey: ['d'], queryFn: () => Promise.reject(kibanaError(400)), staleTime: 0 }),
    ).rejects.toThrow();
    expect(add).toHaveBeenCalledTimes(1);
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ color: 'danger', text: 'Kibana answered 400 x: failed with 400.' }));
  });
});
