using System.Text;

namespace Discovery.Locate.Snmp;

/// <summary>
/// An SNMPv3 USM user at authPriv: its name, auth protocol and the password-derived keys (Ku) for authentication
/// and AES-128 privacy. The passwords themselves are not kept, and <see cref="ToString"/> prints only the name.
/// </summary>
internal sealed class UsmUser
{
    private UsmUser(string name, UsmAuthProtocol protocol, byte[] authKey, byte[] privKey)
    {
        Name = name;
        AuthProtocol = protocol;
        AuthKey = authKey;
        PrivKey = privKey;
    }

    /// <summary>The USM user name (msgUserName).</summary>
    public string Name { get; }

    /// <summary>The authentication protocol.</summary>
    public UsmAuthProtocol AuthProtocol { get; }

    /// <summary>Ku of the authentication password.</summary>
    internal byte[] AuthKey { get; }

    /// <summary>Ku of the privacy password (hashed with the authentication protocol's hash, as net-snmp does).</summary>
    internal byte[] PrivKey { get; }

    /// <summary>A user from its passwords (each stretched once here, about a megabyte of hashing).</summary>
    public static UsmUser Create(string name, UsmAuthProtocol protocol, string authPassword, string privPassword)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(authPassword);
        ArgumentNullException.ThrowIfNull(privPassword);
        return new UsmUser(name, protocol,
            UsmKeys.PasswordToKey(protocol, Encoding.UTF8.GetBytes(authPassword)),
            UsmKeys.PasswordToKey(protocol, Encoding.UTF8.GetBytes(privPassword)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"USM user {Name} ({AuthProtocol}, AES-128)";
}
