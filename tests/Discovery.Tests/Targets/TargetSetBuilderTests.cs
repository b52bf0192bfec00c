using System.Net;
using System.Net.Sockets;
using Discovery.Targets;

namespace Discovery.Targets.Tests;

public sealed class TargetSetBuilderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("targets-").FullName;

    private static readonly Dictionary<string, IPAddress[]> Hosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bmc-1"] = [IPAddress.Parse("::1"), IPAddress.Parse("127.0.0.9")],
        ["bmc-v6"] = [IPAddress.Parse("fd00::9")],
    };

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task BuildAsync_ArgumentsFilesAndExcludes_Combine()
    {
        var targets = Write("targets.txt", "127.0.0.0/28 # lab\n\nbmc-1\n");
        var excluded = Write("exclude.txt", "127.0.0.1\n");
        var request = new TargetSetRequest
        {
            Targets = ["127.0.1.1-3,bmc-v6"],
            TargetFiles = [targets],
            Excludes = ["127.0.0.10-12"],
            ExcludeFiles = [excluded],
        };

        var result = await Builder().BuildAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(16UL - 1 - 3 + 3 + 1, result.Targets.Count);
        Assert.True(result.Targets.Contains(IPAddress.Parse("127.0.0.9")));
        Assert.True(result.Targets.Contains(IPAddress.Parse("fd00::9")));
        Assert.False(result.Targets.Contains(IPAddress.Parse("::1")));
    }

    [Fact]
    public async Task BuildAsync_UnknownHostName_IsAnErrorNamingIt()
    {
        var result = await Builder().BuildAsync(new TargetSetRequest { Targets = ["no-such-bmc"] }, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal("no-such-bmc", error.Value);
        Assert.Contains("does not resolve", error.Message, StringComparison.Ordinal);
        Assert.Equal(0UL, result.Targets.Count);
    }

    [Fact]
    public async Task BuildAsync_EmptyAndMissingFiles_ReportEveryError()
    {
        var empty = Write("empty.txt", "# only a comment\n");
        var missing = Path.Combine(_directory, "missing.txt");
        var request = new TargetSetRequest { Targets = ["10.0.0.0/33"], TargetFiles = [empty, missing] };

        var result = await Builder().BuildAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Message == "argument: '10.0.0.0/33': prefix length 33 is out of range for IPv4 (0-32)");
        Assert.Contains(result.Errors, e => e.Message == $"{empty}: the file holds no targets");
        Assert.Contains(result.Errors, e => e.Value == missing && e.Reason.StartsWith("cannot read the file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildAsync_NoTargets_IsAnError()
    {
        var result = await Builder().BuildAsync(new TargetSetRequest(), TestContext.Current.CancellationToken);

        Assert.Equal("no targets given", Assert.Single(result.Errors).Reason);
    }

    private static TargetSetBuilder Builder() => new(
        (path, ct) => File.ReadAllLinesAsync(path, ct),
        (host, _) => Hosts.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound)));

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }
}
