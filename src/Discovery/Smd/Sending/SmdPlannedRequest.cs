using System.Text.Json;

namespace Discovery.Smd.Sending;

/// <summary>A request a dry run would send (one JSON line of <c>--dry-run</c>); the password is masked.</summary>
internal sealed record SmdPlannedRequest
{
    /// <summary>The BMC the request is for.</summary>
    public required string Xname { get; init; }

    /// <summary>HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>Absolute URL.</summary>
    public required string Url { get; init; }

    /// <summary>The JSON body, password masked as <c>***</c>.</summary>
    public required JsonElement Body { get; init; }

    /// <summary>What follows when SMD answers 409 (<c>PUT &lt;url&gt;</c>, <c>PATCH &lt;url&gt;</c>).</summary>
    public string? OnConflict { get; init; }
}
