using System.Security.Cryptography;
using System.Text.Json;
using Discovery.Records;
using Discovery.CrawlLog;
using Discovery.Testing;
using Discovery.Testing.Smd;

namespace Discovery.Cli.Tests.Commands;

public sealed class SendCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Logs => _temp.File("logs");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(new[] { "send" }, "--smd")]
    [InlineData(new[] { "send", "--smd", "smd:27779" }, "--smd: 'smd:27779' is not an http or https URL")]
    [InlineData(new[] { "send", "--smd", "http://smd:27779", "--access-token-file", "/no/such/token" }, "--access-token-file: cannot read /no/such/token")]
    [InlineData(new[] { "send", "--smd", "http://smd:27779", "--retries", "-1" }, "--retries: '-1' is not between 0 and 10")]
    [InlineData(new[] { "collect", "127.0.0.1:1", "--smd", "ftp://smd" }, "--smd: 'ftp://smd' is not an http or https URL")]
    public async Task Send_BadInput_ExitsTwoNamingTheProblem(string[] args, string message)
    {
        var cli = new CliTestContext();

        var exit = await cli.RunAsync([.. args, "--state-dir", _temp.Path, "--log-dir", Logs, "--no-secrets-store"]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(message, cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_EmptyTokenFileOrCaFileWithoutCertificate_ExitsTwo()
    {
        await File.WriteAllTextAsync(_temp.File("token"), "\n", Token);
        await File.WriteAllTextAsync(_temp.File("ca.pem"), "not a certificate\n", Token);
        var token = new CliTestContext();
        var ca = new CliTestContext();

        var tokenExit = await token.RunAsync("send", "--smd", "http://smd:27779", "--access-token-file", _temp.File("token"), "--state-dir", _temp.Path);
        var caExit = await ca.RunAsync("send", "--smd", "https://smd:27779", "--cacert", _temp.File("ca.pem"), "--state-dir", _temp.Path);

        Assert.Equal((ExitCodes.BadInput, ExitCodes.BadInput), (tokenExit, caExit));
        Assert.Contains("is empty", token.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--cacert", ca.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoCollectRunOrUnknownOrScanRun_ExitsTwo()
    {
        await using (var scan = CrawlLogWriter.Create(Logs, "20261122T021500Z-00000001", "scan"))
        {
            await scan.CompleteAsync(CrawlRunStatus.Complete, Token);
        }

        var none = new CliTestContext();
        var unknown = new CliTestContext();
        var scanRun = new CliTestContext();

        var exits = new[]
        {
            await none.RunAsync("send", "--smd", "http://smd:27779", "--state-dir", _temp.Path, "--log-dir", Logs, "--no-secrets-store"),
            await unknown.RunAsync("send", "nope", "--smd", "http://smd:27779", "--state-dir", _temp.Path, "--log-dir", Logs, "--no-secrets-store"),
            await scanRun.RunAsync("send", "20261122T021500Z-00000001", "--smd", "http://smd:27779", "--state-dir", _temp.Path, "--log-dir", Logs, "--no-secrets-store"),
        };

        Assert.All(exits, e => Assert.Equal(ExitCodes.BadInput, e));
        Assert.Contains("run 'discover collect' first", none.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("no run 'nope'", unknown.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("is a scan run", scanRun.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_TokenFromEnvironment_RegistersNewestCollectRunAndNeverPrintsTheToken()
    {
        using var key = RSA.Create(2048);
        await using var smd = await SmdDouble.StartAsync(new SmdDoubleOptions { JwtKey = key }, Token);
        await WriteCollectRunAsync("20261122T021500Z-00000001", "1.00");
        await WriteCollectRunAsync("20261123T021500Z-00000002", "2.00");
        var token = TestJwt.Create(key, DateTimeOffset.UtcNow.AddMinutes(10));
        var cli = new CliTestContext();
        cli.Environment["ACCESS_TOKEN"] = token;

        var exit = await cli.RunAsync("send", "--smd", smd.BaseUri.ToString(), "-o", "json", "--state-dir", _temp.Path, "--log-dir", Logs, "--no-secrets-store");

        Assert.True(exit == ExitCodes.Ok, cli.Error.ToString());
        using var rows = JsonDocument.Parse(cli.Output.ToString());
        var row = Assert.Single(rows.RootElement.EnumerateArray());
        Assert.Equal(("x3000c0s1b0", "created"), (row.GetProperty("xname").GetString(), row.GetProperty("action").GetString()));
        Assert.Equal("2.00", smd.Endpoints["x3000c0s1b0"].Body["Managers"]![0]!["firmware_version"]!.GetValue<string>());
        Assert.Contains("collect run 20261123T021500Z-00000002", cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, cli.Output.ToString() + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_SendAndCollect_TeachTheSmdOptions()
    {
        var send = new CliTestContext();
        var collect = new CliTestContext();

        await send.RunAsync("send", "--help");
        await collect.RunAsync("collect", "--help");

        foreach (var text in new[] { "--smd", "--access-token-file", "ACCESS_TOKEN", "--dry-run", "--send-bmc-password", "--cacert", "RUN" })
        {
            Assert.Contains(text, send.Output.ToString(), StringComparison.Ordinal);
        }

        foreach (var text in new[] { "--smd", "--smd-dry-run", "--smd-cacert", "--smd-retries", "--access-token-file" })
        {
            Assert.Contains(text, collect.Output.ToString(), StringComparison.Ordinal);
        }
    }

    private async Task WriteCollectRunAsync(string runId, string firmware)
    {
        var bmc = new Bmc
        {
            Id = Guid.NewGuid(),
            Xname = "x3000c0s1b0",
            Ip = "10.0.0.1",
            Mac = "02:00:00:00:00:01",
            FirmwareVersion = firmware,
            ManagerType = "BMC",
        };
        var node = new ComputeNode { Id = Guid.NewGuid(), Xname = "x3000c0s1b0n0", BmcId = bmc.Id, SystemUuid = "38947555-7742-3448-3784-823347823834" };
        await using var writer = CrawlLogWriter.Create(Logs, runId, "collect");
        writer.AddBmcs([bmc]);
        writer.AddNodes([node]);
        await writer.CompleteAsync(CrawlRunStatus.Complete, Token);
    }
}
