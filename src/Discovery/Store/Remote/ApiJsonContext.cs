using System.Text.Json.Serialization;
using Discovery.Records;
using Discovery.Store;

namespace Discovery.Store.Remote;

/// <summary>Source-generated JSON for what the inventory API (server and client) sends besides the records themselves (pages, history, snapshots).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RecordPage<ComputeNode>))]
[JsonSerializable(typeof(RecordPage<Bmc>))]
[JsonSerializable(typeof(RecordPage<NetworkInterface>))]
[JsonSerializable(typeof(RecordPage<NodeGroup>))]
[JsonSerializable(typeof(RecordPage<BootProfile>))]
[JsonSerializable(typeof(RecordPage<SessionTemplate>))]
[JsonSerializable(typeof(IReadOnlyList<HistoryEvent>))]
[JsonSerializable(typeof(HistoryEvent))]
[JsonSerializable(typeof(IReadOnlyList<SnapshotInfo>))]
[JsonSerializable(typeof(SnapshotInfo))]
[JsonSerializable(typeof(BootProfileResolution))]
[JsonSerializable(typeof(ApplyRequest))]
[JsonSerializable(typeof(ApplyReport))]
[JsonSerializable(typeof(IReadOnlyList<CollectedBmc>))]
[JsonSerializable(typeof(CollectUpsertSummary))]
[JsonSerializable(typeof(IReadOnlyList<System.Text.Json.JsonElement>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
