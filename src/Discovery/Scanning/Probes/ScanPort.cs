namespace Discovery.Scanning.Probes;

/// <summary>A TCP port to probe and whether Redfish is spoken over TLS on it.</summary>
/// <param name="Port">TCP port, 1-65535.</param>
/// <param name="UseTls">True for HTTPS (the default for BMCs), false for plain HTTP.</param>
internal readonly record struct ScanPort(int Port, bool UseTls = true)
{
    /// <summary>"https" or "http".</summary>
    public string Scheme => UseTls ? "https" : "http";

    /// <inheritdoc/>
    public override string ToString() => UseTls ? Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"http:{Port}";
}
