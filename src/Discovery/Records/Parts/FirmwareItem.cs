namespace Discovery.Records.Parts;

/// <summary>One entry of <c>UpdateService/FirmwareInventory</c>: a firmware image and what it runs on.</summary>
internal sealed record FirmwareItem : Part
{
    /// <inheritdoc/>
    protected override string KindName => PartKinds.Firmware;

    /// <summary>The entry's name (<c>Name</c>, else its <c>Id</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Version as reported (<c>Version</c>; named like the other parts' firmware so it never meets a row's <c>version</c>).</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>Whether the BMC says it can update this image (<c>Updateable</c>).</summary>
    public bool? Updateable { get; init; }

    /// <summary>The Redfish URI of the part or controller it belongs to (the first <c>RelatedItem</c>), when reported.</summary>
    public string? RelatedItem { get; init; }
}
