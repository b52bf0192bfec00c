using System.Text.Json.Serialization;

namespace Discovery.Redfish.Collect;

/// <summary>One output row of <c>discover collect</c>: a BMC's status without the records and bodies.</summary>
internal sealed record BmcCollectSummary
{
    /// <summary><c>host:port</c> collected.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The outcome.</summary>
    public required BmcCollectStatus Status { get; init; }

    /// <summary>Why, when not ok.</summary>
    public string? Message { get; init; }

    /// <summary>The BMC's xname.</summary>
    public string? Xname { get; init; }

    /// <summary>Where the xname came from (<c>id-map</c>, <c>location-map</c>, <c>derived</c>).</summary>
    public string? XnameSource { get; init; }

    /// <summary>The BMC's own MAC.</summary>
    public string? Mac { get; init; }

    /// <summary>BMC firmware version.</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>Compute nodes found.</summary>
    public int Nodes { get; init; }

    /// <summary>HTTP requests sent.</summary>
    public int Requests { get; init; }

    /// <summary>Wall time in milliseconds.</summary>
    [JsonPropertyName("elapsed_ms")]
    public long ElapsedMs { get; init; }

    /// <summary>URIs that failed, with the reason (<c>/redfish/v1/Systems/1: malformed JSON</c>).</summary>
    public IReadOnlyList<string> FailedUris { get; init; } = [];

    /// <summary>Builds the row of <paramref name="result"/>.</summary>
    public static BmcCollectSummary From(BmcCollectResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new BmcCollectSummary
        {
            Endpoint = result.Target.Endpoint,
            Status = result.Status,
            Message = result.Message,
            Xname = result.Bmc?.Xname,
            XnameSource = result.Bmc?.XnameSource,
            Mac = result.Bmc?.Mac,
            FirmwareVersion = result.Bmc?.FirmwareVersion,
            Nodes = result.Nodes.Count,
            Requests = result.RequestCount,
            ElapsedMs = (long)result.Elapsed.TotalMilliseconds,
            FailedUris = [.. result.FailedUris.Select(f => $"{f.Uri}: {f.Reason}")],
        };
    }
}
