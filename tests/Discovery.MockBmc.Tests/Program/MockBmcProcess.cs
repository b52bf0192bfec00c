using System.Diagnostics;
using System.Globalization;
using System.Text;
using Discovery.Testing;

namespace Discovery.MockBmc.Tests.Program;

/// <summary>The real mock-bmc program (mock-bmc.dll beside the tests) as a child process, ready once it prints its ready line.</summary>
public sealed class MockBmcProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output;

    private MockBmcProcess(Process process, StringBuilder output, int port)
    {
        _process = process;
        _output = output;
        Port = port;
    }

    /// <summary>The port every instance listens on.</summary>
    public int Port { get; }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>What the program printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts mock-bmc with <paramref name="arguments"/> and <paramref name="environment"/>; fails with its output when it exits or is not ready in 90 s.</summary>
    public static async Task<MockBmcProcess> StartAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mock-bmc.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var output = new StringBuilder();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Record(output, e.Data, ready);
        process.ErrorDataReceived += (_, e) => Record(output, e.Data, ready);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("mock-bmc exited before ready"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new MockBmcProcess(process, output, 0);
        try
        {
            var line = await ready.Task.WaitAsync(TimeSpan.FromSeconds(90), cancellationToken);
            var port = int.Parse(line.Split(" port ")[1].Split(' ')[0], CultureInfo.InvariantCulture);
            return new MockBmcProcess(process, output, port);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            await started.DisposeAsync();
            throw new InvalidOperationException($"mock-bmc did not get ready: {e.Message}\n{started.Output}", e);
        }
    }

    /// <summary>Kills the program and waits for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    private static void Record(StringBuilder output, string? line, TaskCompletionSource<string> ready)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (line.StartsWith("ready:", StringComparison.Ordinal))
        {
            ready.TrySetResult(line);
        }
    }
}
