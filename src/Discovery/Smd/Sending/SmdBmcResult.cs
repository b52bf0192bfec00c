namespace Discovery.Smd.Sending;

/// <summary>One BMC's outcome: a row of <c>discover send</c>.</summary>
internal sealed record SmdBmcResult
{
    /// <summary>The BMC's xname (the RedfishEndpoint ID); null when it had none.</summary>
    public string? Xname { get; init; }

    /// <summary>The BMC as collected (<c>host:port</c>).</summary>
    public required string Bmc { get; init; }

    /// <summary>What happened.</summary>
    public required SmdAction Action { get; init; }

    /// <summary>The requests and SMD's answers (<c>POST 409, PUT 200, GET 200</c>), or SMD's problem detail on failure.</summary>
    public string? Detail { get; init; }

    /// <summary>HTTP requests sent for this BMC, retries included.</summary>
    public int Requests { get; init; }
}
