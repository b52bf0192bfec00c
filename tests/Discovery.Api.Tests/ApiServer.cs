using System.Net.Http.Headers;
using System.Text;
using Discovery.Api;
using Discovery.Api.Auth;
using Discovery.Store;
using Discovery.Testing;

namespace Discovery.Api.Tests;

/// <summary>A real Kestrel on 127.0.0.1 (a free port) serving a store in a temp folder; clients with and without a token.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    public static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-secret-that-is-at-least-32-bytes-long!");

    private readonly TempDirectory _directory;
    private readonly ApiHost _host;

    private ApiServer(TempDirectory directory, InventoryStore store, ApiHost host)
    {
        _directory = directory;
        Store = store;
        _host = host;
        BaseAddress = host.Addresses[0];
        Anonymous = new HttpClient { BaseAddress = BaseAddress };
        Token = ApiTokens.CreateHs256(Secret, "alice", TimeSpan.FromHours(1), TimeProvider.System);
        Authorized = new HttpClient { BaseAddress = BaseAddress };
        Authorized.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
    }

    public InventoryStore Store { get; }

    public Uri BaseAddress { get; }

    public string Token { get; }

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous { get; }

    /// <summary>A client with a valid token for subject <c>alice</c>.</summary>
    public HttpClient Authorized { get; }

    public static async Task<ApiServer> StartAsync(ApiAuthMode auth = ApiAuthMode.Jwt, CancellationToken cancellationToken = default, int maxPageSize = 1000, Func<ApiOptions, ApiOptions>? configure = null)
    {
        var directory = new TempDirectory();
        var store = await InventoryStore.OpenAsync(new InventoryStoreOptions { DataDirectory = directory.Path, SnapshotRetain = 3 }, cancellationToken);
        var options = new ApiOptions { Listen = "127.0.0.1:0", Auth = auth, Hs256Secret = Secret, SnapshotInterval = null, MaxPageSize = maxPageSize };
        var host = ApiHost.Create(configure is null ? options : configure(options), store);
        try
        {
            await host.StartAsync(cancellationToken);
            // Point reads come from the read model once it is loaded: every API test sees that path.
            await store.LoadReadModelAsync();
        }
        catch
        {
            await host.DisposeAsync();
            store.Dispose();
            directory.Dispose();
            throw;
        }

        return new ApiServer(directory, store, host);
    }

    /// <summary>Stops Kestrel (the shutdown snapshot is taken); the store stays open until dispose.</summary>
    public Task StopAsync() => _host.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        Authorized.Dispose();
        try
        {
            await _host.StopAsync(CancellationToken.None);
        }
        finally
        {
            await _host.DisposeAsync();
            Store.Dispose();
            _directory.Dispose();
        }
    }
}
