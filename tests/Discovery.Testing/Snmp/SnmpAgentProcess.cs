using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Discovery.Testing.Snmp;

/// <summary>
/// A real SNMP agent (net-snmp's snmpd or snmpsim's snmpsimd) run as a child process on 127.0.0.1 at a free UDP
/// port, ready once it logged that it listens; killed on dispose. Tests skip, naming the package, when the
/// binary is absent (scripts/install-deps.sh installs both in CI).
/// </summary>
public sealed class SnmpAgentProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();

    private SnmpAgentProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The UDP port the agent listens on at 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The agent's endpoint.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Loopback, Port);

    /// <summary>Everything the agent printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>The full path of <paramref name="binary"/> on PATH (or under /usr/sbin), or null.</summary>
    public static string? Find(string binary) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/sbin").Append("/sbin")
            .Select(d => Path.Combine(d, binary)).FirstOrDefault(File.Exists);

    /// <summary>Skips the test unless <paramref name="binary"/> is installed (from Debian <paramref name="package"/>).</summary>
    public static string Require(string binary, string package) =>
        Find(binary) ?? throw SkipException($"{binary} is not installed (Debian package {package}; scripts/install-deps.sh installs it)");

    /// <summary>
    /// Starts net-snmp's snmpd with <paramref name="configuration"/> (its <c>agentAddress</c> line is added here),
    /// its persistent state under <paramref name="directory"/>.
    /// </summary>
    public static Task<SnmpAgentProcess> StartSnmpdAsync(string directory, string configuration, CancellationToken cancellationToken)
    {
        var binary = Require("snmpd", "snmpd");
        var port = FreeUdpPort();
        var file = Path.Combine(directory, "snmpd.conf");
        File.WriteAllText(file, $"agentAddress udp:127.0.0.1:{port}\n{configuration}");
        var info = new ProcessStartInfo(binary) { ArgumentList = { "-f", "-Lo", "-C", "-c", file, "-r", "-I", "-ifTable,-ipAddressTable" } };
        info.Environment["SNMP_PERSISTENT_DIR"] = Path.Combine(directory, "persist");
        info.Environment["MIBS"] = string.Empty;
        return StartAsync(info, port, "NET-SNMP version", cancellationToken);
    }

    /// <summary>
    /// Starts snmpsim's snmpsimd over the <c>.snmprec</c> files in <paramref name="dataDirectory"/> (the community,
    /// or the v3 context name, picks the file), with <paramref name="extraArguments"/> such as the v3 user options.
    /// </summary>
    public static Task<SnmpAgentProcess> StartSnmpsimAsync(string dataDirectory, string cacheDirectory, IEnumerable<string> extraArguments, CancellationToken cancellationToken)
    {
        var binary = Require("snmpsimd", "snmpsim");
        var port = FreeUdpPort();
        Directory.CreateDirectory(cacheDirectory);
        if (!OperatingSystem.IsWindows())
        {
            // snmpsimd drops to nobody when started as root; it must still write its index there.
            File.SetUnixFileMode(cacheDirectory, (UnixFileMode)0x1FF);
        }

        var info = new ProcessStartInfo(binary)
        {
            ArgumentList =
            {
                $"--data-dir={dataDirectory}", $"--cache-dir={cacheDirectory}", $"--agent-udpv4-endpoint=127.0.0.1:{port}",
                "--logging-method=stdout", "--force-index-rebuild",
            },
        };
        foreach (var argument in extraArguments)
        {
            info.ArgumentList.Add(argument);
        }

        // snmpsimd refuses to run as root unless told whom to become; the current user keeps the temp files readable.
        if (Environment.UserName == "root")
        {
            info.ArgumentList.Add("--process-user=nobody");
            info.ArgumentList.Add("--process-group=nogroup");
        }

        return StartAsync(info, port, "Listening at", cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<SnmpAgentProcess> StartAsync(ProcessStartInfo info, int port, string readyText, CancellationToken cancellationToken)
    {
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var agent = new SnmpAgentProcess(process, port);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (agent._log)
            {
                agent._log.AppendLine(e.Data);
            }

            if (e.Data.Contains(readyText, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAny(ready.Task, process.WaitForExitAsync(deadline.Token)).WaitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await agent.DisposeAsync();
            throw new InvalidOperationException($"{info.FileName} did not become ready: {agent.Log}");
        }

        if (!ready.Task.IsCompleted)
        {
            await agent.DisposeAsync();
            throw new InvalidOperationException($"{info.FileName} exited: {agent.Log}");
        }

        return agent;
    }

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    private static Exception SkipException(string message)
    {
        Assert.Skip(message);
        return new InvalidOperationException(message);
    }
}
