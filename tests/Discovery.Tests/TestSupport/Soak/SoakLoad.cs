using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Discovery.Tests.TestSupport.Soak;

/// <summary>
/// One cycle of scripts/soak-serve.sh's load against a running <c>discover serve</c>: a large
/// <c>discover apply -f --server</c> at once (the store has just been recovered from kill -9), and meanwhile
/// writers (PUT, else POST, of nodes and groups, each writer on keys of its own) and readers (paged lists, point
/// reads, filters) until the stop file appears. Every write goes to the journal; counts go to the stats file.
/// The token is read from a file and passed to the CLI as a file, never as an argument.
/// </summary>
internal sealed class SoakLoad(Uri server, string workDirectory, int cycle)
{
    private const int NodesPerWriter = 48;
    private const int GroupsPerWriter = 8;
    private long _responses;
    private long _serverErrors;
    private long _refused;
    private long _connectionErrors;
    private long _acknowledged;

    private string TokenFile => Path.Combine(workDirectory, "token");

    public static async Task<int> RunAsync(string[] args)
    {
        var load = new SoakLoad(new Uri(args[1]), args[2], int.Parse(args[3], CultureInfo.InvariantCulture));
        return await load.RunAsync();
    }

    private async Task<int> RunAsync()
    {
        var writers = Setting("SOAK_WRITERS", 4);
        var readers = Setting("SOAK_READERS", 4);
        var applyNodes = Setting("SOAK_APPLY_NODES", 2000);
        var stopFile = Path.Combine(workDirectory, "stop");
        using var stop = new CancellationTokenSource();
        using var journal = new SoakJournal(Path.Combine(workDirectory, "journal.log"));
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(TokenFile).Trim());

        var apply = ApplyAsync(journal, applyNodes, stop.Token);
        var tasks = new List<Task> { apply };
        tasks.AddRange(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(http, journal, w, stop.Token))));
        tasks.AddRange(Enumerable.Range(0, readers).Select(r => Task.Run(() => ReadAsync(http, writers, r, stop.Token))));

        // The script creates the stop file after it has killed the server; a file, so no signal is needed.
        while (!File.Exists(stopFile))
        {
            await Task.Delay(200);
        }

        await stop.CancelAsync();
        await Task.WhenAll(tasks);
        var (applyExit, applySeconds, listed) = await apply;
        File.AppendAllText(Path.Combine(workDirectory, "stats"), string.Create(CultureInfo.InvariantCulture,
            $"cycle={cycle} responses={_responses} acknowledged={_acknowledged} server_errors={_serverErrors} refused={_refused} " +
            $"connection_errors={_connectionErrors} apply_exit={applyExit} apply_seconds={applySeconds:F1} get_listed={listed}\n"));
        return 0;
    }

    /// <summary>The large apply through the API (not cancelled by the stop: the kill ends it), then <c>discover get nodes --server</c> over everything.</summary>
    private async Task<(int Exit, double Seconds, int Listed)> ApplyAsync(SoakJournal journal, int nodes, CancellationToken cancellationToken)
    {
        var manifest = Path.Combine(workDirectory, "apply.yaml");
        var text = new StringBuilder();
        var values = new List<(string Key, string Value)>();
        for (var i = 0; i < nodes; i++)
        {
            var xname = string.Create(CultureInfo.InvariantCulture, $"x{3000 + i / 64}c0s{i % 64}b0n0");
            var hostname = string.Create(CultureInfo.InvariantCulture, $"apply-c{cycle}-{i}");
            values.Add((xname, hostname));
            text.Append(CultureInfo.InvariantCulture,
                $"kind: ComputeNode\nxname: {xname}\nhostname: {hostname}\narch: x86_64\nnetwork_interfaces:\n  - name: eth0\n    mac_address: 02:aa:00:{i >> 8 & 0xff:x2}:{i & 0xff:x2}:{cycle & 0xff:x2}\n---\n");
        }

        await File.WriteAllTextAsync(manifest, text.ToString(), cancellationToken);
        foreach (var (key, value) in values)
        {
            journal.Tried("nodes", key, value);
        }

        var started = Stopwatch.StartNew();
        var exit = await DiscoverAsync(["apply", "-f", manifest, "--server", server.ToString(), "--token-file", TokenFile], "apply");
        var seconds = started.Elapsed.TotalSeconds;
        if (exit == 0)
        {
            foreach (var (key, value) in values)
            {
                journal.Acknowledged("nodes", key, value);
            }
        }

        var listed = 0;
        if (exit == 0 && !cancellationToken.IsCancellationRequested)
        {
            var output = Path.Combine(workDirectory, $"get-{cycle}.json");
            if (await DiscoverAsync(["get", "nodes", "--server", server.ToString(), "-o", "json"], "get", output) == 0)
            {
                listed = JsonNode.Parse(await File.ReadAllTextAsync(output, cancellationToken)) is JsonArray array ? array.Count : -1;
            }
        }

        return (exit, seconds, listed);
    }

    private async Task<int> DiscoverAsync(string[] arguments, string name, string? stdoutFile = null)
    {
        // SOAK_DISCOVER is the built CLI (discover.dll); it runs under this process's dotnet host.
        var start = new ProcessStartInfo(Testing.DotnetHost.Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("SOAK_DISCOVER") ?? throw new InvalidOperationException("SOAK_DISCOVER is not set"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        var output = await stdout;
        await File.WriteAllTextAsync(stdoutFile ?? Path.Combine(workDirectory, $"{name}-{cycle}.out"), output, CancellationToken.None);
        var errors = await stderr;
        await File.AppendAllTextAsync(Path.Combine(workDirectory, "cli.log"),
            string.Create(CultureInfo.InvariantCulture, $"cycle {cycle} discover {name}: exit {process.ExitCode}\n{errors}\n"), CancellationToken.None);
        return process.ExitCode;
    }

    private async Task WriteAsync(HttpClient http, SoakJournal journal, int writer, CancellationToken cancellationToken)
    {
        var random = new Random(cycle * 1000 + writer);
        var existing = new List<string>();
        for (var sequence = 0; !cancellationToken.IsCancellationRequested; sequence++)
        {
            if (random.Next(4) == 0)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"soak-w{writer}-g{random.Next(GroupsPerWriter)}");
                var description = string.Create(CultureInfo.InvariantCulture, $"w{writer}-c{cycle}-s{sequence}");
                var members = new JsonArray([.. existing.OrderBy(_ => random.Next()).Take(3).Select(m => (JsonNode)m)]);
                var body = new JsonObject { ["name"] = name, ["description"] = description, ["members"] = members, ["labels"] = new JsonObject { ["cycle"] = cycle.ToString(CultureInfo.InvariantCulture) } };
                await PutElsePostAsync(http, journal, "groups", name, description, body, cancellationToken);
            }
            else
            {
                var slot = random.Next(NodesPerWriter);
                var xname = string.Create(CultureInfo.InvariantCulture, $"x{2000 + writer}c0s{slot}b0n0");
                var hostname = string.Create(CultureInfo.InvariantCulture, $"w{writer}-c{cycle}-s{sequence}");
                var body = new JsonObject
                {
                    ["xname"] = xname,
                    ["hostname"] = hostname,
                    ["arch"] = random.Next(2) == 0 ? "x86_64" : "aarch64",
                    ["network_interfaces"] = new JsonArray(new JsonObject { ["name"] = "eth0", ["mac_address"] = $"02:bb:{writer:x2}:00:{slot:x2}:01" }),
                };
                if (await PutElsePostAsync(http, journal, "nodes", xname, hostname, body, cancellationToken) && !existing.Contains(xname))
                {
                    existing.Add(xname);
                }
            }

            await Task.Delay(random.Next(2, 12), CancellationToken.None);
        }
    }

    /// <summary>PUT the record; a 404 (not there yet) becomes a POST. True when the server acknowledged it.</summary>
    private async Task<bool> PutElsePostAsync(HttpClient http, SoakJournal journal, string kind, string key, string value, JsonObject body, CancellationToken cancellationToken)
    {
        journal.Tried(kind, key, value);
        var status = await SendAsync(http, HttpMethod.Put, $"/{kind}/{key}", body);
        if (status == HttpStatusCode.NotFound)
        {
            status = await SendAsync(http, HttpMethod.Post, $"/{kind}", body);
        }

        if (status is { } ok && (int)ok is >= 200 and < 300)
        {
            journal.Acknowledged(kind, key, value);
            Interlocked.Increment(ref _acknowledged);
            return true;
        }

        if (status is null && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(100, CancellationToken.None); // the server is down (killed); don't spin while it restarts
        }

        return false;
    }

    private async Task ReadAsync(HttpClient http, int writers, int reader, CancellationToken cancellationToken)
    {
        var random = new Random(cycle * 1000 + 500 + reader);
        while (!cancellationToken.IsCancellationRequested)
        {
            var writer = random.Next(writers);
            switch (random.Next(5))
            {
                case 0:
                    await PageAsync(http, "nodes", random.Next(1, 1001), cancellationToken);
                    break;
                case 1:
                    await PageAsync(http, "groups", random.Next(1, 50), cancellationToken);
                    break;
                case 2:
                    await SendAsync(http, HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/nodes/x{2000 + writer}c0s{random.Next(NodesPerWriter)}b0n0"), null);
                    break;
                case 3:
                    await SendAsync(http, HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/nodes/x{3000 + random.Next(32)}c0s{random.Next(64)}b0n0"), null);
                    break;
                default:
                    await SendAsync(http, HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"/nodes?xname=x{2000 + writer}c0s*&limit=20"), null);
                    break;
            }

            await Task.Delay(random.Next(2, 12), CancellationToken.None);
        }
    }

    /// <summary>Pages through a list by <c>next_offset</c> (at most 20 pages).</summary>
    private async Task PageAsync(HttpClient http, string collection, int limit, CancellationToken cancellationToken)
    {
        long? offset = 0;
        for (var page = 0; page < 20 && offset is not null && !cancellationToken.IsCancellationRequested; page++)
        {
            var body = await GetJsonAsync(http, string.Create(CultureInfo.InvariantCulture, $"/{collection}?limit={limit}&offset={offset}"));
            offset = body?["next_offset"]?.GetValue<long?>();
        }
    }

    private async Task<JsonNode?> GetJsonAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path, CancellationToken.None);
            Count(response.StatusCode);
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None)) : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Interlocked.Increment(ref _connectionErrors);
            await Task.Delay(100, CancellationToken.None);
            return null;
        }
    }

    /// <summary>The status, or null when no answer came (connection _refused or reset: the server was killed).</summary>
    private async Task<HttpStatusCode?> SendAsync(HttpClient http, HttpMethod method, string path, JsonObject? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        try
        {
            using var response = await http.SendAsync(request, CancellationToken.None);
            await response.Content.LoadIntoBufferAsync(CancellationToken.None);
            Count(response.StatusCode);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            Interlocked.Increment(ref _connectionErrors);
            return null;
        }
    }

    private void Count(HttpStatusCode status)
    {
        Interlocked.Increment(ref _responses);
        if ((int)status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
        else if ((int)status is >= 400 and not 404 and not 409)
        {
            Interlocked.Increment(ref _refused);
        }
    }

    internal static int Setting(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
