using Discovery.MockBmc;

namespace Discovery.Testing.Mockups;

/// <summary>Shortcuts to start fleets in tests: one line for the common cases, options for the rest.</summary>
public static class MockFleets
{
    /// <summary>Starts a plain-HTTP fleet of <paramref name="count"/> instances of one project fixture (e.g. "minimal").</summary>
    public static Task<MockFleet> StartProjectAsync(string fixture, int count = 1, bool tls = false, CancellationToken cancellationToken = default) =>
        MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [MockupPaths.Project(fixture)], Count = count, Tls = tls }, cancellationToken);

    /// <summary>Starts a fleet of one shared mockup; skips the test when the shared mockups are absent.</summary>
    public static Task<MockFleet> StartSharedAsync(string mockup, int count = 1, bool tls = false, CancellationToken cancellationToken = default) =>
        MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [MockupPaths.Shared(mockup)], Count = count, Tls = tls }, cancellationToken);

    /// <summary>An HttpClient that accepts the fleet's self-signed certificate and sends Basic credentials of the simulator's account.</summary>
    public static HttpClient CreateClient(MockBmcInstance instance, bool basicAuth = true, string username = "admin", string password = "password")
    {
        ArgumentNullException.ThrowIfNull(instance);
#pragma warning disable CA2000 // The client owns the handler (disposeHandler: true).
        var handler = new SocketsHttpHandler
        {
            // The simulator's certificate is self-signed, as a BMC's is.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
#pragma warning restore CA2000
        var client = new HttpClient(handler, disposeHandler: true) { BaseAddress = instance.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
        if (basicAuth)
        {
            var token = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{username}:{password}"));
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", token);
        }

        return client;
    }
}
