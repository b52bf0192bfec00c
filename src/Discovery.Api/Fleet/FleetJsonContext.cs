using System.Text.Json.Serialization;
using Discovery.CrawlLog.Analysis;
using Discovery.Redfish.Tls;
using Discovery.Store.Fleet;

namespace Discovery.Api.Fleet;

/// <summary>Source-generated JSON for the fleet overview, the crawl runs and the TLS fingerprints (snake_case).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(FleetSummary))]
[JsonSerializable(typeof(CrawlRunListing))]
[JsonSerializable(typeof(CrawlRunDetail))]
[JsonSerializable(typeof(BmcFingerprintReport))]
internal sealed partial class FleetJsonContext : JsonSerializerContext;
