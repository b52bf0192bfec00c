namespace Discovery.Store.Fleet;

/// <summary>
/// The fleet at a glance, as counts the web view's charts draw (<c>GET /fleet</c>): nodes per vendor and model, BMCs
/// per last crawl status, and each BMC model's firmware versions with the newest one and how many BMCs are behind it.
/// All counts come from one read of the store.
/// </summary>
internal sealed record FleetSummary
{
    /// <summary>Nodes in the inventory.</summary>
    public required long Nodes { get; init; }

    /// <summary>BMCs in the inventory.</summary>
    public required long Bmcs { get; init; }

    /// <summary>Nodes per manufacturer and model, most first.</summary>
    public required IReadOnlyList<FleetModelCount> NodeModels { get; init; }

    /// <summary>BMCs per <c>last_crawl_status</c> (null: never crawled, e.g. applied by hand), most first.</summary>
    public required IReadOnlyList<FleetStatusCount> BmcStatus { get; init; }

    /// <summary>Per BMC manufacturer and model, its firmware versions.</summary>
    public required IReadOnlyList<FleetFirmwareSpread> BmcFirmware { get; init; }
}

/// <summary>Nodes of one manufacturer and model (either null when the BMC reported none).</summary>
internal sealed record FleetModelCount(string? Manufacturer, string? Model, long Nodes);

/// <summary>BMCs whose last crawl ended with <see cref="Status"/>.</summary>
internal sealed record FleetStatusCount(string? Status, long Bmcs);

/// <summary>BMCs of one model that run <see cref="Version"/> (null: the BMC reported no version).</summary>
internal sealed record FleetVersionCount(string? Version, long Bmcs);

/// <summary>
/// The firmware versions of one BMC manufacturer and model. <see cref="Newest"/> is the highest version in natural order
/// (runs of digits compare as numbers: 1.10 is after 1.9); <see cref="Behind"/> counts the BMCs that run another
/// known version; BMCs without a version are in <see cref="Unknown"/>, neither newest nor behind.
/// </summary>
internal sealed record FleetFirmwareSpread
{
    public string? Manufacturer { get; init; }

    public string? Model { get; init; }

    /// <summary>BMCs of this model.</summary>
    public required long Bmcs { get; init; }

    /// <summary>The newest version reported by any BMC of this model; null when none reported one.</summary>
    public string? Newest { get; init; }

    /// <summary>BMCs on a known version older (or other) than <see cref="Newest"/>.</summary>
    public required long Behind { get; init; }

    /// <summary>BMCs that reported no version.</summary>
    public required long Unknown { get; init; }

    /// <summary>Each version and its BMCs, newest first (no version last).</summary>
    public required IReadOnlyList<FleetVersionCount> Versions { get; init; }
}
