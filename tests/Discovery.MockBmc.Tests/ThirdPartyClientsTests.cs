using System.Diagnostics;
using Discovery.Testing;
using Discovery.Testing.Mockups;

namespace Discovery.MockBmc.Tests;

/// <summary>
/// Debian's redfishtool and sushycli read the simulator over HTTPS with a session, as they would a real BMC.
/// The password on their command lines is the simulator's own test account, never a real secret.
/// </summary>
public sealed class ThirdPartyClientsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Redfishtool_HttpsSession_ReadsServiceRootSystemsAndManagers()
    {
        var tool = RequireTool("redfishtool");
        await using var fleet = await MockFleets.StartProjectAsync("minimal", tls: true, cancellationToken: Token);
        var instance = fleet.Instances[0];
        string[] common = ["-r", $"{instance.Address}:{instance.Port}", "-u", "admin", "-p", "password", "-S", "Always", "-A", "Session", "-T", "20"];

        var root = await RunAsync(tool, [.. common, "root"]);
        var systems = await RunAsync(tool, [.. common, "Systems", "-F", "get"]);
        var managers = await RunAsync(tool, [.. common, "Managers", "-F", "get"]);

        Assert.Contains(instance.ServiceUuid, root, StringComparison.Ordinal);
        Assert.Contains(instance.Identity.MapSerial("MIN0000001"), systems, StringComparison.Ordinal);
        Assert.Contains(instance.Identity.MapSerial("MINBMC0001"), managers, StringComparison.Ordinal);
        Assert.True(instance.Counters.SessionsCreated >= 2, $"{instance.Counters.SessionsCreated} sessions");
    }

    [Fact]
    public async Task Sushycli_HttpsSession_ReadsServiceRootSystemsAndManagers()
    {
        var tool = RequireTool("sushycli");
        await using var fleet = await MockFleets.StartProjectAsync("minimal", tls: true, cancellationToken: Token);
        var instance = fleet.Instances[0];
        string[] common = ["--service-endpoint", new Uri(instance.BaseUri, "/redfish/v1").ToString(), "--username", "admin", "--password", "password", "--insecure", "-f", "json"];

        var version = await RunAsync(tool, ["version", "show", .. common]);
        var systems = await RunAsync(tool, ["system", "inventory", "show", .. common]);
        var managers = await RunAsync(tool, ["manager", "list", .. common]);

        Assert.Contains("1.8.0", version, StringComparison.Ordinal);
        Assert.Contains(instance.Identity.MapSerial("MIN0000001"), systems, StringComparison.Ordinal);
        Assert.Contains("/redfish/v1/Managers/1", managers, StringComparison.Ordinal);
        Assert.True(instance.Counters.SessionsCreated >= 1, $"{instance.Counters.SessionsCreated} sessions");
    }

    private static string RequireTool(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
        if (path is null)
        {
            Assert.Skip($"{name} is not installed (scripts/install-deps.sh installs it on Debian).");
        }

        return path!;
    }

    private static async Task<string> RunAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // python-requests lets these variables override verify=False, which would make --insecure useless.
        start.Environment.Remove("REQUESTS_CA_BUNDLE");
        start.Environment.Remove("CURL_CA_BUNDLE");
        var result = await ProcessRunner.RunAsync(start, TimeSpan.FromSeconds(60), Token);
        Assert.True(result.ExitCode == 0, $"{Path.GetFileName(tool)} {string.Join(' ', arguments.Where(a => a != "password"))} exited {result.ExitCode}: {result.Error}{result.Output}");
        return result.Output;
    }
}
