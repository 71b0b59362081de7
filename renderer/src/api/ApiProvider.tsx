import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '#shared/contract';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
      }),
  );
  // Any change made elsewhere (another window, the CLI through the same server) refreshes what is shown.
  useEffect(() => client.on('data.changed', () => void queryClient.invalidateQueries()), [client, queryClient]);
  // So does an unlock (after a restore or a re-encryption too): what is stored may be another database now.
  // Not a lock: refetching then would only meet LOCKED.
  useEffect(
    () =>
      client.on('security.changed', ({ state }) => {
        if (state === 'unlocked') void queryClient.invalidateQueries();
      }),
    [client, queryClient],
  );
  return (
    <ApiContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi must be used inside <ApiProvider>.');
  return client;
}

/** Reads one API method; the cache key is the method and its input. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: { enabled?: boolean } = {},
) {
  const api = useApi();
  return useQuery({
    queryKey: [method, input],
    queryFn: () => api.call(method, input),
    enabled: options.enabled ?? true,
  });
}

/** Writes through one API method, then refreshes every cached read. */
export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
