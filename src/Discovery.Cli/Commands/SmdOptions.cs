using System.CommandLine;
using System.Security.Cryptography;
using Discovery.Smd.Http;

namespace Discovery.Cli.Commands;

/// <summary>
/// The SMD options of <c>send</c> and of <c>collect --smd</c>. In collect, where <c>--cacert</c>, <c>--retries</c>
/// and friends already mean the BMCs, the SMD ones carry an <c>--smd-</c> prefix. There is no option for the token:
/// arguments show in <c>ps</c> and shell history.
/// </summary>
internal sealed class SmdOptions
{
    /// <summary>The environment variable OpenCHAMI tools read the SMD token from.</summary>
    public const string TokenVariable = "ACCESS_TOKEN";

    public SmdOptions(bool inCollect)
    {
        var prefix = inCollect ? "--smd-" : "--";
        Url = new Option<string>("--smd")
        {
            Description = inCollect
                ? "After the crawl and its log, register every BMC found with the OpenCHAMI SMD at URL (e.g. http://smd:27779)"
                : "The OpenCHAMI SMD to register with: its base URL, e.g. http://smd:27779 or https://cluster/apis/smd",
            HelpName = "URL",
            Required = !inCollect,
        };
        CaCert = new Option<string>(prefix + "cacert")
        {
            Description = "Verify SMD's certificate against the CA certificates in this PEM file (default: the system's trust store)",
            HelpName = "FILE",
        };
        DryRun = new Option<bool>(prefix + "dry-run")
        {
            Description = "Contact no SMD: print each write that would be sent as one JSON object per line (method, url, body; password masked)"
                + (inCollect ? ", after the collect rows" : string.Empty),
        };
        Force = new Option<bool>(prefix + "force")
        {
            Description = "Send every BMC, also those SMD confirmed unchanged since the last send",
        };
        Retries = new Option<int>(prefix + "retries")
        {
            Description = "Retries of an SMD request on 5xx, timeouts and refused connections, with exponential backoff",
            DefaultValueFactory = _ => 3,
            HelpName = "N",
        };
    }

    public Option<string> Url { get; }

    public Option<string> AccessTokenFile { get; } = new("--access-token-file")
    {
        Description = $"Read SMD's access token (a JWT) from the first line of FILE; else ${TokenVariable}; none sends no Authorization header",
        HelpName = "FILE",
    };

    public Option<string> CaCert { get; }

    public Option<bool> SendPassword { get; } = new("--send-bmc-password")
    {
        Description = "Put each BMC's password into its RedfishEndpoint (SMD stores it to reach the BMC; never printed)",
    };

    public Option<bool> DryRun { get; }

    public Option<bool> Force { get; }

    public Option<int> Retries { get; }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [Url, AccessTokenFile, CaCert, SendPassword, DryRun, Force, Retries];

    /// <summary>True when <c>--smd</c> was given.</summary>
    public bool IsRequested(ParseResult parseResult) => parseResult.GetValue(Url) is not null;

    /// <summary>
    /// The SMD settings of this run; every input problem (bad URL, unreadable token or CA file) is a
    /// <see cref="CliUsageException"/> here, before anything is contacted. The token never appears in a message.
    /// </summary>
    public async Task<SmdSettings> ToSettingsAsync(CliContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var text = parseResult.GetValue(Url) ?? throw new CliUsageException("--smd URL is required");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliUsageException($"--smd: not an http(s) URL: {text}");
        }

        var retries = parseResult.GetValue(Retries);
        if (retries < 0)
        {
            throw new CliUsageException($"{Retries.Name} must not be negative");
        }

        var caCert = parseResult.GetValue(CaCert);
        if (caCert is not null)
        {
            CheckCaFile(caCert);
        }

        var dryRun = parseResult.GetValue(DryRun);
        return new SmdSettings
        {
            Client = new SmdClientOptions
            {
                BaseUri = url,
                // A dry run contacts nothing, so it needs no token.
                AccessToken = dryRun ? null : await ReadTokenAsync(context, parseResult.GetValue(AccessTokenFile), cancellationToken),
                CaCertFile = caCert,
                MaxRetries = retries,
            },
            SendPassword = parseResult.GetValue(SendPassword),
            DryRun = dryRun,
            Force = parseResult.GetValue(Force),
        };
    }

    private void CheckCaFile(string path)
    {
        try
        {
            _ = SmdCertificateValidation.Create(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new CliUsageException($"{CaCert.Name}: cannot use {path}: {ex.Message}", ex);
        }
    }

    /// <summary>The token from <paramref name="file"/>'s first line, else <c>$ACCESS_TOKEN</c>, else null; never in a message.</summary>
    internal static async Task<string?> ReadTokenAsync(CliContext context, string? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return context.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment.Trim() : null;
        }

        string? line;
        try
        {
            using var reader = new StreamReader(file);
            line = await reader.ReadLineAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--access-token-file: cannot read {file}: {ex.Message}", ex);
        }

        return string.IsNullOrWhiteSpace(line)
            ? throw new CliUsageException($"--access-token-file: {file} is empty (the token is its first line)")
            : line.Trim();
    }
}
