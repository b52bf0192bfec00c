using System.Net;
using Discovery.Targets;

namespace Discovery.Scanning;

/// <summary>The real I/O behind target parsing: files from disk, host names through the system resolver.</summary>
internal static class ScanTargets
{
    /// <summary>A <see cref="TargetSetBuilder"/> reading files with File and resolving names with Dns.</summary>
    public static TargetSetBuilder CreateBuilder() => new(
        (path, cancellationToken) => File.ReadAllLinesAsync(path, cancellationToken),
        (host, cancellationToken) => Dns.GetHostAddressesAsync(host, cancellationToken));
}
