namespace Discovery.Credentials;

/// <summary>
/// Picks each BMC's credential, most specific first:
/// <list type="number">
/// <item>the secrets-store entry for the BMC's address (IP in any spelling, or host name);</item>
/// <item>the run-wide credential (<c>--username</c> with <c>--password-file</c>, <c>DISCOVER_PASSWORD</c> or
/// <c>--password-stdin</c>), because what the operator gave on this run beats a stored fallback;</item>
/// <item>the store's <c>default</c> entry.</item>
/// </list>
/// Build one with <see cref="CredentialProviderFactory"/>.
/// </summary>
internal sealed class CredentialProvider : ICredentialProvider
{
    private readonly IReadOnlyDictionary<string, BmcCredential> _stored;
    private readonly BmcCredential? _global;

    /// <summary>Combines decrypted store entries (keyed by <see cref="SecretsStore.NormalizeKey"/>) and a run-wide credential.</summary>
    public CredentialProvider(IReadOnlyDictionary<string, BmcCredential> stored, BmcCredential? global, IReadOnlyList<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _stored = stored;
        _global = global;
        Warnings = warnings ?? [];
    }

    /// <summary>Printable cautions found while gathering credentials (never containing a secret).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when no BMC can get a credential (nothing stored, no run-wide password).</summary>
    public bool IsEmpty => _stored.Count == 0 && _global is null;

    /// <inheritdoc/>
    public ValueTask<BmcCredential?> GetCredentialAsync(string bmcAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bmcAddress);
        cancellationToken.ThrowIfCancellationRequested();
        var host = HostOf(bmcAddress);
        if (host is not null && _stored.TryGetValue(host, out var specific))
        {
            return ValueTask.FromResult<BmcCredential?>(specific);
        }

        return ValueTask.FromResult(_global ?? _stored.GetValueOrDefault(SecretsStore.DefaultKey));
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
