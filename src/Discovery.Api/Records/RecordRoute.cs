using System.Text.Json.Serialization.Metadata;
using Discovery.Store;

namespace Discovery.Api.Records;

/// <summary>What the API needs to serve one kind of record: where it lives in the store and how it is written as JSON.</summary>
internal sealed record RecordRoute<T>(
    RecordKind Kind,
    Func<InventoryStore, IRecordSet<T>> Set,
    JsonTypeInfo<T> Json,
    JsonTypeInfo<RecordPage<T>> PageJson,
    Func<T, Guid> Id)
    where T : class
{
    public string Collection => RecordKinds.Collection(Kind);
}
