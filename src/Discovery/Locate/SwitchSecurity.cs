using System.Text;
using Discovery.Credentials;
using Discovery.Locate.Map;
using Discovery.Locate.Snmp;

namespace Discovery.Locate;

/// <summary>
/// Turns a switch's credentials reference into its SNMP security. A file's first line is the community (v2c) or
/// the auth password (v3; its second line, when present, the privacy password, else the auth one is used for both);
/// a secrets-store entry's password likewise. Errors name the reference and where it was written, never the secret.
/// </summary>
internal static class SwitchSecurity
{
    /// <summary>The security of <paramref name="config"/>.</summary>
    /// <exception cref="LocateException">The secret cannot be read.</exception>
    public static async Task<ISnmpSecurity> CreateAsync(SwitchConfig config, ISecretEntries? secrets, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var lines = await ReadAsync(config.Credentials, secrets, cancellationToken);
        if (config.Version == SnmpVersion.V2c)
        {
            return new CommunitySecurity(Encoding.UTF8.GetBytes(lines[0]));
        }

        var priv = lines.Count > 1 && lines[1].Length > 0 ? lines[1] : lines[0];
        return new UsmSecurity(UsmUser.Create(config.User!, config.AuthProtocol, lines[0], priv), time, config.Context);
    }

    private static async Task<IReadOnlyList<string>> ReadAsync(SecretReference reference, ISecretEntries? secrets, CancellationToken cancellationToken)
    {
        if (!reference.IsFile)
        {
            var entry = secrets?.FindEntry(reference.Value)
                ?? throw new LocateException($"credentials {reference} (from {reference.Origin}): no such entry in the secrets store (add it with 'discover secrets set {reference.Value}')");
            return entry.Password.Split('\n');
        }

        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(reference.Value, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LocateException($"credentials {reference} (from {reference.Origin}): cannot read the file: {ex.GetType().Name}");
        }

        return lines.Length == 0 || lines[0].Length == 0
            ? throw new LocateException($"credentials {reference} (from {reference.Origin}): the file's first line is empty")
            : lines;
    }
}
