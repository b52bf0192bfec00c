using System.CommandLine;
using System.Globalization;
using Discovery.Targets;
using Discovery.Scanning;
using Discovery.Scanning.Probes;

namespace Discovery.Cli.Commands;

/// <summary>The options of <c>discover scan</c> and their mapping to a <see cref="ScanRequest"/>.</summary>
internal sealed class ScanCommandOptions
{
    public Argument<string[]> Targets { get; } = new("targets")
    {
        Description = "Targets: 10.0.0.5, 10.0.0.0/24, 10.0.0.1-50, 10.0.0.1-10.0.0.50, host names, IPv6 literals (comma lists allowed)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> TargetFiles { get; } = new("-iL", "--input-file")
    {
        Description = "Read targets from FILE (one or more a line, # comments)",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Excludes { get; } = new("--exclude")
    {
        Description = "Skip these targets (same forms, comma-separated)",
        HelpName = "TARGETS",
    };

    public Option<string[]> ExcludeFiles { get; } = new("--exclude-file", "--excludefile")
    {
        Description = "Skip the targets listed in FILE",
        HelpName = "FILE",
    };

    public Option<string> Ports { get; } = new("--ports", "-p")
    {
        Description = "Redfish ports: 443, 443,8443, 8000-8010; prefix http: or https: per port",
        HelpName = "PORTS",
        DefaultValueFactory = _ => "443",
    };

    public Option<bool> Http { get; } = new("--http") { Description = "Speak plain HTTP on ports without a prefix (default HTTPS)" };

    public Option<int> Concurrency { get; } = new("--concurrency", "-c")
    {
        Description = "Probes in flight at most (each holds one socket)",
        HelpName = "N",
        DefaultValueFactory = _ => 512,
    };

    public Option<TimeSpan> Timeout { get; } = new("--timeout")
    {
        Description = "Per-probe time limit: seconds, or with a unit (500ms, 3s)",
        HelpName = "TIME",
        DefaultValueFactory = _ => TimeSpan.FromSeconds(3),
        CustomParser = result => ParseTimeout(result.Tokens[0].Value, result),
    };

    public Option<bool> Ssdp { get; } = new("--ssdp") { Description = "Also send a unicast Redfish SSDP M-SEARCH to each target" };

    public Option<int> SsdpPort { get; } = new("--ssdp-port")
    {
        Description = "UDP port for SSDP",
        HelpName = "PORT",
        DefaultValueFactory = _ => SsdpProbe.DefaultPort,
    };

    public Option<bool> SsdpMulticast { get; } = new("--ssdp-multicast")
    {
        Description = "Also multicast one M-SEARCH to 239.255.255.250:1900 (answers outside the targets are ignored)",
    };

    public Option<bool> Ipmi { get; } = new("--ipmi") { Description = "Also send the IPMI RMCP presence ping; lists hosts with IPMI but no Redfish" };

    public Option<int> IpmiPort { get; } = new("--ipmi-port")
    {
        Description = "UDP port for the IPMI ping",
        HelpName = "PORT",
        DefaultValueFactory = _ => IpmiProbe.DefaultPort,
    };

    /// <summary>Builds the request, or throws <see cref="CliUsageException"/> naming every bad input.</summary>
    public async Task<ScanRequest> ToRequestAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (!ScanPortParser.TryParse(parseResult.GetRequiredValue(Ports), parseResult.GetValue(Http), out var ports, out var portError))
        {
            throw new CliUsageException($"-p: {portError}");
        }

        var concurrency = parseResult.GetValue(Concurrency);
        if (concurrency is < 1 or > 16384)
        {
            throw new CliUsageException($"--concurrency: {concurrency} is out of range (1-16384)");
        }

        foreach (var (option, port) in new[] { (SsdpPort, parseResult.GetValue(SsdpPort)), (IpmiPort, parseResult.GetValue(IpmiPort)) })
        {
            if (port is < 1 or > 65535)
            {
                throw new CliUsageException($"{option.Name}: {port} is not a port (1-65535)");
            }
        }

        var targets = await ScanTargets.CreateBuilder().BuildAsync(
            new TargetSetRequest
            {
                Targets = parseResult.GetValue(Targets) ?? [],
                TargetFiles = parseResult.GetValue(TargetFiles) ?? [],
                Excludes = parseResult.GetValue(Excludes) ?? [],
                ExcludeFiles = parseResult.GetValue(ExcludeFiles) ?? [],
            },
            cancellationToken);
        if (!targets.IsSuccess)
        {
            throw new CliUsageException(string.Join(Environment.NewLine + "discover: ", targets.Errors.Select(e => e.Message)));
        }

        return new ScanRequest
        {
            Targets = targets.Targets,
            Ports = ports,
            Concurrency = concurrency,
            Timeout = parseResult.GetValue(Timeout),
            Ssdp = parseResult.GetValue(Ssdp),
            SsdpPort = parseResult.GetValue(SsdpPort),
            SsdpMulticast = parseResult.GetValue(SsdpMulticast),
            Ipmi = parseResult.GetValue(Ipmi),
            IpmiPort = parseResult.GetValue(IpmiPort),
        };
    }

    /// <summary>The targets as written, for the saved scan.</summary>
    public IReadOnlyList<string> Describe(ParseResult parseResult) =>
        [.. parseResult.GetValue(Targets) ?? [], .. (parseResult.GetValue(TargetFiles) ?? []).Select(f => $"-iL {f}")];

    private static TimeSpan ParseTimeout(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : (text, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value * scale > 3600)
        {
            result.AddError($"--timeout: '{text}' is not a duration (e.g. 3, 3s, 500ms; at most 1 hour)");
            return TimeSpan.Zero;
        }

        return TimeSpan.FromSeconds(value * scale);
    }
}
