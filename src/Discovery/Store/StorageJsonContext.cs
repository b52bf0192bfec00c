using System.Text.Json.Serialization;
using Discovery.CrawlLog.Analysis;

namespace Discovery.Store;

/// <summary>
/// Source-generated JSON for Discovery.Store's types (snake_case, as the inventory records): the crawl log's
/// staged string lists, and the analysis results the CLI prints.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(IReadOnlyList<FieldChange>))]
[JsonSerializable(typeof(SnapshotInfo))]
[JsonSerializable(typeof(CrawlRunInfo))]
[JsonSerializable(typeof(CrawlLogDiff))]
[JsonSerializable(typeof(CrawlDiffLine))]
[JsonSerializable(typeof(CrawlChangeReport))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
