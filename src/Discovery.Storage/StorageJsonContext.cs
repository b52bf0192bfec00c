using System.Text.Json.Serialization;

namespace Discovery.Storage;

/// <summary>Source-generated JSON for Discovery.Storage (the crawl log stages string lists as JSON text).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
