using System.Diagnostics;
using System.Globalization;

namespace Discovery.Files;

/// <summary>
/// What can be learned about another process from its id: whether it still runs and since when (to tell a dead
/// writer's leftovers from a live one's, even after its PID was reused), and its command line (to name it).
/// </summary>
internal static class OtherProcess
{
    private const int MaxCommandLine = 200;

    /// <summary>
    /// When process <paramref name="pid"/> started (UTC), or null when no such process runs. A zombie (killed,
    /// not yet reaped by its parent) counts as gone: it writes nothing any more.
    /// </summary>
    public static DateTime? StartedAtUtc(int pid)
    {
        if (pid <= 0)
        {
            return null;
        }

        if (OperatingSystem.IsLinux() && State(pid) is null or 'Z' or 'X')
        {
            return null;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>"PID 1234 (dotnet discover.dll serve ...)", the command line cut at 200 characters; just "PID 1234" when it cannot be read.</summary>
    public static string Describe(int pid)
    {
        var text = "PID " + pid.ToString(CultureInfo.InvariantCulture);
        return CommandLine(pid) is { Length: > 0 } commandLine ? $"{text} ({commandLine})" : text;
    }

    /// <summary>The process's arguments joined by spaces (from /proc on Linux), or null.</summary>
    public static string? CommandLine(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/cmdline");
            var joined = raw.TrimEnd('\0').Replace('\0', ' ');
            return joined.Length > MaxCommandLine ? joined[..MaxCommandLine] + "..." : joined;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The state letter of /proc/PID/stat: the field after "(comm)", which may itself hold spaces and parentheses.
    private static char? State(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var end = stat.LastIndexOf(')');
            return end >= 0 && end + 2 < stat.Length ? stat[end + 2] : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
