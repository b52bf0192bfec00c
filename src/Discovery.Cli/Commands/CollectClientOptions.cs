using System.CommandLine;
using Discovery.Cli.Pipeline;
using Discovery.Records.Xnames;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Http;
using Discovery.Redfish.Tls;

namespace Discovery.Cli.Commands;

/// <summary>Options shared by <c>collect</c> and <c>crawl</c>: how to talk to BMCs and how to name them.</summary>
internal sealed class CollectClientOptions
{
    public Option<CrawlProfile> Profile { get; } = new("--profile")
    {
        Description = "What to walk: inventory (Systems, Managers, Chassis, firmware) or full (all but schemas, registries, log entries)",
        DefaultValueFactory = _ => CrawlProfile.Inventory,
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "Seconds per request attempt",
        DefaultValueFactory = _ => 15,
        HelpName = "SECONDS",
    };

    public Option<int> Retries { get; } = new("--retries")
    {
        Description = "Retries on 5xx and timeouts (never on 401/403/404)",
        DefaultValueFactory = _ => 2,
    };

    public Option<int> PerBmc { get; } = new("--per-bmc")
    {
        Description = "Requests in flight per BMC",
        DefaultValueFactory = _ => 2,
    };

    public Option<string> CaCert { get; } = new("--cacert")
    {
        Description = "Verify BMC certificates against the CA certificates in this PEM file",
        HelpName = "FILE",
    };

    public Option<bool> Pin { get; } = new("--pin")
    {
        Description = "Trust each BMC's certificate on first use and refuse it if it changes later (pins in the state directory)",
    };

    public Option<string> IdMap { get; } = new("--id-map")
    {
        Description = "YAML or JSON file mapping BMC IPs or MACs to xnames (else xnames are derived without collisions)",
        HelpName = "FILE",
    };

    public IEnumerable<Option> All => [Profile, Timeout, Retries, PerBmc, CaCert, Pin, IdMap];

    public RedfishClientOptions ToClientOptions(ParseResult parseResult, string stateDirectory)
    {
        var caCert = parseResult.GetValue(CaCert);
        var pin = parseResult.GetValue(Pin);
        if (caCert is not null && pin)
        {
            throw new CliUsageException("--cacert and --pin exclude each other");
        }

        if (caCert is not null && !File.Exists(caCert))
        {
            throw new CliUsageException($"CA file not found: {caCert}");
        }

        var timeout = parseResult.GetValue(Timeout);
        var perBmc = parseResult.GetValue(PerBmc);
        var retries = parseResult.GetValue(Retries);
        if (timeout <= 0 || perBmc < 1 || retries < 0)
        {
            throw new CliUsageException("--timeout must be positive, --per-bmc at least 1, --retries not negative");
        }

        return new RedfishClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(timeout),
            MaxRetries = retries,
            MaxRequestsPerBmc = perBmc,
            Tls = TlsOptions.For(caCert, pin, stateDirectory),
        };
    }

    public Task<IXnameAssigner> CreateAssignerAsync(ParseResult parseResult, CancellationToken cancellationToken) =>
        IdMapAssigner.CreateAsync(parseResult.GetValue(IdMap), cancellationToken);
}
