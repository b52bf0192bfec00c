using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Discovery.Credentials;

/// <summary>
/// Picks each BMC's credential, most specific first:
/// <list type="number">
/// <item>the secrets-store entry for the BMC's address (IP in any spelling, or host name);</item>
/// <item>the run-wide credential (<c>--username</c> with <c>--password-file</c>, <c>DISCOVER_PASSWORD</c> or
/// <c>--password-stdin</c>), because what the operator gave on this run beats a stored fallback;</item>
/// <item>the store's <c>default</c> entry.</item>
/// </list>
/// Build one with <see cref="CredentialProviderFactory"/>. Each choice is logged at Debug by its source (the
/// entry key, or where the run-wide password came from), never by its value.
/// </summary>
internal sealed partial class CredentialProvider : ICredentialProvider, ISecretEntries
{
    private readonly IReadOnlyDictionary<string, BmcCredential> _stored;
    private readonly BmcCredential? _global;
    private readonly PasswordSource? _globalSource;
    private readonly ILogger _logger;

    /// <summary>Combines decrypted store entries (keyed by <see cref="SecretsStore.NormalizeKey"/>) and a run-wide credential.</summary>
    /// <param name="stored">The decrypted secrets-store entries.</param>
    /// <param name="global">The run-wide credential, or null.</param>
    /// <param name="warnings">Printable cautions found while gathering credentials.</param>
    /// <param name="globalSource">Where the run-wide password came from, for the log; null when unknown.</param>
    /// <param name="logger">Told which source each BMC's credential came from; none when null.</param>
    public CredentialProvider(
        IReadOnlyDictionary<string, BmcCredential> stored,
        BmcCredential? global,
        IReadOnlyList<string>? warnings = null,
        PasswordSource? globalSource = null,
        ILogger<CredentialProvider>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _stored = stored;
        _global = global;
        _globalSource = globalSource;
        _logger = logger ?? NullLogger<CredentialProvider>.Instance;
        Warnings = warnings ?? [];
    }

    /// <summary>Printable cautions found while gathering credentials (never containing a secret).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when no BMC can get a credential (nothing stored, no run-wide password).</summary>
    public bool IsEmpty => _stored.Count == 0 && _global is null;

    /// <inheritdoc/>
    public BmcCredential? FindEntry(string key) =>
        _stored.TryGetValue(SecretsStore.NormalizeKey(key), out var entry) ? entry : null;

    /// <inheritdoc/>
    public ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bmcAddress);
        cancellationToken.ThrowIfCancellationRequested();
        var host = HostOf(bmcAddress);
        if (host is not null && _stored.TryGetValue(host, out var specific))
        {
            Log.FromSecretsStore(_logger, bmcAddress, host, specific.Username);
            return ValueTask.FromResult<BmcCredential?>(specific);
        }

        if (_global is not null)
        {
            Log.FromRunWide(_logger, bmcAddress, _globalSource, _global.Username);
            return ValueTask.FromResult<BmcCredential?>(_global);
        }

        if (_stored.TryGetValue(SecretsStore.DefaultKey, out var fallback))
        {
            Log.FromSecretsStore(_logger, bmcAddress, SecretsStore.DefaultKey, fallback.Username);
            return ValueTask.FromResult<BmcCredential?>(fallback);
        }

        Log.NoCredential(_logger, bmcAddress);
        return ValueTask.FromResult<BmcCredential?>(null);
    }

    /// <summary>The canonical store key of an address given as an IP, a host name, or a URL such as <c>https://10.0.1.5:8443</c>.</summary>
    private static string? HostOf(string bmcAddress)
    {
        var text = bmcAddress.Trim();
        if (text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            text = uri.IdnHost.Trim('[', ']');
        }

        try
        {
            return SecretsStore.NormalizeKey(text);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
