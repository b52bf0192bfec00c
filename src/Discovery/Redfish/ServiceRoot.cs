using System.Text.Json;
using Discovery.Redfish.Crawling;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish;

/// <summary>
/// What a Redfish ServiceRoot (<c>/redfish/v1/</c>) says about a service; it needs no credentials. The scan's
/// probe, the collector and the mapper all read a root through here, so they agree on what a ServiceRoot is and
/// report the same UUID, version and vendor for one BMC.
/// </summary>
internal sealed record ServiceRoot
{
    /// <summary>Where DSP0266 puts the session collection; used when a root links a SessionService but not <c>Links.Sessions</c>.</summary>
    public const string DefaultSessionsUri = "/redfish/v1/SessionService/Sessions";

    // The collections only a ServiceRoot links at its top level.
    private static readonly string[] RootCollections = ["Systems", "Chassis", "Managers", "SessionService"];

    /// <summary>The service UUID, lower case; null when the BMC publishes none (Cray EX controllers).</summary>
    public string? Uuid { get; init; }

    /// <summary><c>RedfishVersion</c>, e.g. "1.6.0".</summary>
    public string? RedfishVersion { get; init; }

    /// <summary><c>Vendor</c> as reported; else the name <see cref="RedfishVendors"/> gives the root's <c>Oem</c> key.</summary>
    public string? Vendor { get; init; }

    /// <summary><c>Product</c>, e.g. "ProLiant DL325 Gen10 Plus".</summary>
    public string? Product { get; init; }

    /// <summary><c>Name</c> of the service, e.g. "Root Service".</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Where to log in: <c>Links.Sessions</c>; else <see cref="DefaultSessionsUri"/> when the root links a
    /// <c>SessionService</c>; else null (the service takes HTTP Basic only).
    /// </summary>
    public string? SessionsUri { get; init; }

    /// <summary>Parses <paramref name="body"/> (see <see cref="RedfishJson"/>); null when it is not a ServiceRoot.</summary>
    public static ServiceRoot? TryParse(string? body) =>
        RedfishJson.ParseObject(body) is { } document ? TryRead(document) : null;

    /// <summary>The fields of <paramref name="document"/>, or null when <see cref="IsServiceRoot"/> says it is none.</summary>
    public static ServiceRoot? TryRead(JsonElement document) => IsServiceRoot(document) ? Read(document) : null;

    /// <summary>
    /// Whether <paramref name="document"/> is a ServiceRoot. One sign is enough, because an odd but real root must
    /// never be refused: an <c>@odata.type</c> of <c>#ServiceRoot.*</c>; a <c>RedfishVersion</c> (required of
    /// every root); or, in a document that names no other type, an <c>@odata.id</c> of <c>/redfish/v1</c> or a
    /// link to a collection only a root links (Systems, Chassis, Managers, SessionService).
    /// </summary>
    public static bool IsServiceRoot(JsonElement document)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var type = document.String("@odata.type");
        if (type?.StartsWith("#ServiceRoot.", StringComparison.OrdinalIgnoreCase) == true || document.String("RedfishVersion") is not null)
        {
            return true;
        }

        return type is null
            && ((document.String("@odata.id") is { } id && RedfishPath.Key(id) == "/redfish/v1")
                || RootCollections.Any(name => document.Link(name) is not null));
    }

    /// <summary>
    /// The fields of <paramref name="document"/> as reported (strings trimmed, the UUID lower-cased), without
    /// deciding whether it is a ServiceRoot: the mapper reads whatever the collector stored at the root.
    /// </summary>
    public static ServiceRoot Read(JsonElement document) => new()
    {
        Uuid = document.String("UUID")?.ToLowerInvariant(),
        RedfishVersion = document.String("RedfishVersion"),
        Vendor = document.String("Vendor") ?? RedfishVendors.FromOem(document.Object("Oem") ?? default),
        Product = document.String("Product"),
        Name = document.String("Name"),
        SessionsUri = document.Object("Links")?.Link("Sessions")
            ?? (document.Link("SessionService") is not null ? DefaultSessionsUri : null),
    };
}
