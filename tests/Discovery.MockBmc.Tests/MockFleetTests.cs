using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

public sealed class MockFleetTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_ThreeInstances_BindConsecutiveAddressesOnOnePort()
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal"), MockupPaths.Project("no-systems")], Count = 3, FirstAddress = IPAddress.Parse("127.0.0.2") },
            Token);

        Assert.Equal(["127.0.0.2", "127.0.0.3", "127.0.0.4"], fleet.Instances.Select(i => i.Address.ToString()));
        Assert.All(fleet.Instances, i => Assert.Equal(fleet.Port, i.Port));
        Assert.NotEqual(0, fleet.Port);
        Assert.Equal(["minimal", "no-systems", "minimal"], fleet.Instances.Select(i => i.MockupName));
        Assert.Equal(new Uri($"http://127.0.0.3:{fleet.Port}/"), fleet.Instances[1].BaseUri);
        foreach (var instance in fleet.Instances)
        {
            using var client = MockFleets.CreateClient(instance, basicAuth: false);
            using var root = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1", Token));
            Assert.Equal(instance.ServiceUuid, root.RootElement.GetProperty("UUID").GetString());
        }
    }

    [Fact]
    public async Task StartAsync_Tls_ServesHttpsWithSelfSignedCertificate()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", tls: true, cancellationToken: Token);
        var instance = fleet.Instances[0];
        using var client = MockFleets.CreateClient(instance);

        using var response = await client.GetAsync("/redfish/v1/Systems/1", Token);

        Assert.Equal("https", instance.BaseUri.Scheme);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_Tls_EachInstanceHasItsOwnCertificateForItsAddressIssuedByTheFleetCa()
    {
        await using var fleet = await MockFleet.StartAsync(
            new MockFleetOptions { MockupDirectories = [MockupPaths.Project("minimal")], Count = 2, Tls = true, FirstAddress = IPAddress.Parse("127.0.12.2") },
            Token);
        X509Certificate2? seen = null;
        using var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
        {
            seen = certificate is null ? null : new X509Certificate2(certificate);
            return true;
        };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(new Uri(fleet.Instances[1].BaseUri, "/redfish/v1"), Token);

        Assert.NotNull(seen);
        using (seen)
        {
            Assert.Equal(fleet.Instances[1].Certificate!.Thumbprint, seen.Thumbprint);
            Assert.NotEqual(fleet.Instances[0].Certificate!.Thumbprint, seen.Thumbprint);
            Assert.Equal(fleet.CertificateAuthority!.Subject, seen.Issuer);
            var names = seen.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateIPAddresses().Select(a => a.ToString()).ToList();
            Assert.Equal(["127.0.12.3"], names);
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(fleet.CertificateAuthority);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            Assert.True(chain.Build(seen), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
        }
    }

    [Fact]
    public async Task StartAsync_MissingMockup_ThrowsMockBmcException()
    {
        using var temp = new TempDirectory();

        var error = await Assert.ThrowsAsync<MockBmcException>(() => MockFleet.StartAsync(new MockFleetOptions { MockupDirectories = [temp.File("absent")] }, Token));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_OneInstance_ClosesItsPortOnly()
    {
        await using var fleet = await MockFleets.StartProjectAsync("minimal", count: 2, cancellationToken: Token);
        using var first = MockFleets.CreateClient(fleet.Instances[0]);
        using var second = MockFleets.CreateClient(fleet.Instances[1]);

        await fleet.Instances[0].StopAsync(Token);

        await Assert.ThrowsAsync<HttpRequestException>(() => first.GetAsync("/redfish/v1", Token));
        using var response = await second.GetAsync("/redfish/v1", Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
