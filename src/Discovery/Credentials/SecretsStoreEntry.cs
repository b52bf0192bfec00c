namespace Discovery.Credentials;

/// <summary>What <c>discover secrets list</c> shows of an entry: never the password.</summary>
/// <param name="Key">The BMC address (IP or host name) or <c>default</c>.</param>
/// <param name="Username">The account name stored with it.</param>
internal sealed record SecretsStoreEntry(string Key, string Username);
