using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Discovery.Text;

namespace Discovery.Scanning.Probes;

/// <summary>
/// Parses <c>-p</c> lists as nmap users write them: <c>443</c>, <c>443,8443</c>, <c>8000-8010</c>, and a
/// per-port scheme prefix <c>http:8080</c> or <c>https:8443</c>.
/// </summary>
internal static class ScanPortParser
{
    /// <summary>The most ports one scan may probe per host (each is one connection per address).</summary>
    public const int MaxPorts = 1024;

    /// <summary>Parses <paramref name="text"/>; ports without a prefix use TLS unless <paramref name="httpByDefault"/>.</summary>
    public static bool TryParse(
        string text, bool httpByDefault, [NotNullWhen(true)] out IReadOnlyList<ScanPort>? ports, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ports = null;
        var result = new List<ScanPort>();
        var seen = new HashSet<(int, bool)>();
        foreach (var rawItem in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var item = rawItem;
            var useTls = !httpByDefault;
            if (item.StartsWith("http:", StringComparison.OrdinalIgnoreCase))
            {
                useTls = false;
                item = item[5..];
            }
            else if (item.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
            {
                useTls = true;
                item = item[6..];
            }

            var dash = item.IndexOf('-', StringComparison.Ordinal);
            var firstText = dash < 0 ? item : item[..dash];
            var lastText = dash < 0 ? item : item[(dash + 1)..];
            if (!TryPort(firstText, out var first) || !TryPort(lastText, out var last))
            {
                error = $"{QuotedValue.Of(rawItem)} is not a port (1-65535) or port range";
                return false;
            }

            if (last < first)
            {
                error = $"{QuotedValue.Of(rawItem)}: range end {last} is below its start {first}";
                return false;
            }

            for (var port = first; port <= last; port++)
            {
                if (seen.Add((port, useTls)))
                {
                    result.Add(new ScanPort(port, useTls));
                }
            }

            if (result.Count > MaxPorts)
            {
                error = $"more than {MaxPorts} ports; BMCs listen on one or two";
                return false;
            }
        }

        error = null;
        ports = result;
        return true;
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535;
}
