using System.Text.Json;
using Discovery.Records.Parts;
using Discovery.Redfish.Crawling;

namespace Discovery.Redfish.Mapping;

/// <summary>The fields every part reads alike from its Redfish resource: id, owner, location, FRU data, status, URI.</summary>
internal static class PartFacts
{
    /// <summary><paramref name="part"/> with the common fields read from <paramref name="resource"/> at <paramref name="uri"/>.</summary>
    /// <param name="part">A part with only its own fields set.</param>
    /// <param name="resource">The Redfish resource (or SimpleStorage device object).</param>
    /// <param name="uri">Where it was read (a <c>#/Devices/N</c> fragment for a SimpleStorage device).</param>
    /// <param name="owner">The node (or BMC) it belongs to.</param>
    /// <param name="ownerKind"><see cref="PartOwnerKinds"/>.</param>
    /// <param name="location">The location the kind's own rule found; null to use the generic one.</param>
    public static T Fill<T>(T part, JsonElement resource, string uri, Guid owner, string ownerKind, string? location = null)
        where T : Part
    {
        Part filled = part with
        {
            Id = DeterministicGuid.Create($"part:{owner:N}:{part.Kind}:{RedfishPath.Key(uri)}"),
            OwnerId = owner,
            OwnerKind = ownerKind,
            Location = location ?? Location(resource),
            Manufacturer = resource.String("Manufacturer"),
            Model = resource.String("Model"),
            SerialNumber = resource.String("SerialNumber"),
            PartNumber = resource.String("PartNumber"),
            Status = Status(resource),
            RedfishUri = uri.Contains('#', StringComparison.Ordinal) ? uri : RedfishPath.Clean(uri),
        };
        return (T)filled;
    }

    /// <summary>The service label (Location.PartLocation, or PhysicalLocation on older Drives), else the resource's Id.</summary>
    public static string? Location(JsonElement resource) =>
        ServiceLabel(resource) ?? resource.String("Id") ?? resource.String("Name");

    /// <summary>The <c>PartLocation.ServiceLabel</c> of <c>Location</c> or <c>PhysicalLocation</c>, or null.</summary>
    public static string? ServiceLabel(JsonElement resource) =>
        resource.Object("Location")?.Object("PartLocation")?.String("ServiceLabel")
        ?? resource.Object("PhysicalLocation")?.Object("PartLocation")?.String("ServiceLabel");

    /// <summary>Whether the resource says its slot is empty (<c>Status.State</c> <c>Absent</c>).</summary>
    public static bool IsAbsent(JsonElement resource) =>
        string.Equals(resource.Object("Status")?.String("State"), "Absent", StringComparison.OrdinalIgnoreCase);

    /// <summary>The slot an absent resource reports.</summary>
    public static EmptySlot Slot(string kind, JsonElement resource, string uri, string? location = null) => new()
    {
        Kind = kind,
        Location = location ?? Location(resource),
        RedfishUri = uri.Contains('#', StringComparison.Ordinal) ? uri : RedfishPath.Clean(uri),
    };

    /// <summary>
    /// Whether a crawled document is a resource at all: Intel S2600BPB links 32 Drives to one URI that answers with
    /// a Redfish error body (<c>{"error": ...}</c>), which is no drive.
    /// </summary>
    public static bool IsResource(JsonElement document) =>
        document.ValueKind == JsonValueKind.Object && !document.TryGetProperty("error", out _)
        && (document.String("Id") is not null || document.String("@odata.id") is not null);

    private static PartStatus Status(JsonElement resource) => resource.Object("Status") is { } status
        ? new PartStatus { State = status.String("State"), Health = status.String("Health") }
        : PartStatus.Unknown;
}
