using System.Security.Cryptography;
using System.Text;

namespace Discovery.Redfish.Mapping;

/// <summary>
/// Name-based Guids (RFC 9562 version 8, built like version 5 but with SHA-256 of a namespace and a name), so mapping the same documents
/// again, from a BMC or from the crawl log, yields the same record ids.
/// </summary>
internal static class DeterministicGuid
{
    // A fixed namespace for discover's records (itself a random v4 Guid, chosen once).
    private static readonly Guid Namespace = new("5b0c3d52-8f43-4b8e-9f0e-4c1a2a6f7d11");

    /// <summary>The name-based Guid of <paramref name="name"/> in discover's namespace.</summary>
    public static Guid Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> input = stackalloc byte[16];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
