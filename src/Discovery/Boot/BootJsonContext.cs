using System.Text.Json.Serialization;

namespace Discovery.Boot;

/// <summary>JSON of the boot feature: BSS bodies and sync results.</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(BssBootParameters))]
[JsonSerializable(typeof(List<BssBootParameters>))]
[JsonSerializable(typeof(BootSyncResult))]
[JsonSerializable(typeof(CloudInitGroup))]
[JsonSerializable(typeof(IReadOnlyList<BootSyncResult>))]
internal sealed partial class BootJsonContext : JsonSerializerContext;
