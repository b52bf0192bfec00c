using System.Globalization;

namespace Discovery.Tests.TestSupport;

/// <summary>
/// CPU time of this process's threads, from Linux's <c>/proc/self/task</c>, grouped by what the thread is: the
/// benchmark's own thread (the caller), the crawl log's appending thread, thread-pool workers (a part's COPY), the JIT.
/// It says which thread a pipeline waits on: on 2 cores the busiest thread or the sum bounds the rate.
/// Empty where /proc is missing.
/// </summary>
internal static class ThreadCpu
{
    // USER_HZ: Linux reports utime/stime in 1/100 s on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds per thread id, with the thread's group.</summary>
    public static Dictionary<int, (string Group, double Seconds)> Snapshot()
    {
        var result = new Dictionary<int, (string, double)>();
        var tasks = "/proc/self/task";
        if (!Directory.Exists(tasks))
        {
            return result;
        }

        var pid = Environment.ProcessId;
        foreach (var directory in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                var tid = int.Parse(Path.GetFileName(directory), CultureInfo.InvariantCulture);
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // Fields after the command name's closing parenthesis start at field 3 (state); utime and stime are 14 and 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                var name = File.ReadAllText(Path.Combine(directory, "comm")).Trim();
                result[tid] = (Group(tid == pid, name), ticks / TicksPerSecond);
            }
            catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException)
            {
                // The thread ended between listing and reading.
            }
        }

        return result;
    }

    /// <summary>CPU seconds each group spent between two snapshots (threads that ended in between are not counted).</summary>
    public static IReadOnlyList<(string Group, double Seconds)> Between(
        Dictionary<int, (string Group, double Seconds)> before, Dictionary<int, (string Group, double Seconds)> after) =>
        [.. after
            .GroupBy(t => t.Value.Group, t => t.Value.Seconds - (before.TryGetValue(t.Key, out var b) ? b.Seconds : 0))
            .Select(g => (g.Key, g.Sum()))
            .OrderByDescending(g => g.Item2)];

    private static string Group(bool main, string name) => main ? "caller" : name switch
    {
        "crawl log appen" => "appender",
        ".NET TP Worker" => "pool (part COPY)",
        ".NET Tiered Com" => "JIT",
        _ => "other",
    };
}
