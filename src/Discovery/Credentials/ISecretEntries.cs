namespace Discovery.Credentials;

/// <summary>Exact lookups in the secrets store, with no fallback to a default or run-wide password (for SNMP credentials).</summary>
internal interface ISecretEntries
{
    /// <summary>The entry stored under <paramref name="key"/>, or null.</summary>
    BmcCredential? FindEntry(string key);
}
