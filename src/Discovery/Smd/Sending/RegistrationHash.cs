using System.Security.Cryptography;
using Discovery.Smd.Http;
using Discovery.Smd.Payloads;

namespace Discovery.Smd.Sending;

/// <summary>
/// The fingerprint of a registration: SHA-256 over its bodies as sent, the password masked, so that the state
/// file holds no secret (not even a hashed one) yet still tells a body with a password from one without.
/// </summary>
internal static class RegistrationHash
{
    /// <summary>What stands in for a password in hashes and dry-run output.</summary>
    public const string Mask = "***";

    /// <summary>Lower-case hex SHA-256 of the endpoint body and the EthernetInterface bodies.</summary>
    public static string Of(SmdRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(SmdClient.Serialize(Masked(registration.Endpoint), SmdJsonContext.Default.RedfishEndpointBody));
        foreach (var nic in registration.EthernetInterfaces)
        {
            hash.AppendData("\n"u8);
            hash.AppendData(SmdClient.Serialize(nic, SmdJsonContext.Default.EthernetInterfaceBody));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary><paramref name="body"/> with its password, if any, replaced by <see cref="Mask"/>.</summary>
    public static RedfishEndpointBody Masked(RedfishEndpointBody body) =>
        body.Password is null ? body : body with { Password = Mask };
}
