using System.Text;
using System.Text.Json;
using Discovery.Testing.Mockups;
using Command = global::MockBmc.MockBmcCommand;

namespace Discovery.MockBmc.Tests.Program;

/// <summary>The mock-bmc command line, run in process with its output captured.</summary>
public sealed class MockBmcCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_DocumentsEveryOption()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Command.RunAsync(["--help"], output, error, Token);

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--mockup", "--fleet", "--first-address", "--port", "--tls", "--session-limit", "--latency", "--jitter", "--error-rate", "--seed", "--ssdp-port", "--ipmi-port", "--identity", "--allow-non-loopback", "--firmware-version", "--fault", "/_mock/stats" })
        {
            Assert.Contains(option, output.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_NonLoopbackFirstAddress_RefusesWithExitCode2()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Command.RunAsync(["--mockup", MockupPaths.Project("minimal"), "--first-address", "10.0.0.2"], output, error, Token);

        Assert.Equal(2, exit);
        Assert.Contains("--allow-non-loopback", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingMockup_ExitCode1WithMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await Command.RunAsync(["--mockup", "/nonexistent/mockup", "--first-address", "127.0.10.2"], output, error, Token);

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FleetOfTwo_PrintsInstancesAndReady_ServesUntilCancelled()
    {
        using var output = new ReadySignalWriter();
        using var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var run = Command.RunAsync(
            ["--mockup", MockupPaths.Project("minimal"), "--fleet", "2", "--first-address", "127.0.10.2", "--firmware-version", "7.7.7", "--session-limit", "3"],
            output,
            error,
            stop.Token);

        var ready = await output.Ready.Task.WaitAsync(TimeSpan.FromSeconds(60), Token);
        var port = int.Parse(ready.Split(" port ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.10.3:{port}/") };
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:password")));
        using var manager = JsonDocument.Parse(await client.GetStringAsync("/redfish/v1/Managers/1", Token));
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Equal(0, exit);
        Assert.Equal("7.7.7", manager.RootElement.GetProperty("FirmwareVersion").GetString());
        Assert.StartsWith("ready: 2 BMCs on 127.0.10.2..127.0.10.3", ready, StringComparison.Ordinal);
        Assert.Contains($"1\thttp://127.0.10.3:{port}/\tminimal\tuuid=", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("stopping", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Completes <see cref="Ready"/> with the ready line as soon as the program writes it.</summary>
    private sealed class ReadySignalWriter : StringWriter
    {
        public TaskCompletionSource<string> Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task WriteLineAsync(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            if (value is not null && value.StartsWith("ready:", StringComparison.Ordinal))
            {
                Ready.TrySetResult(value);
            }

            return Task.CompletedTask;
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
