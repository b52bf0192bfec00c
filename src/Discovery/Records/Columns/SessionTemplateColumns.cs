using System.Text.Json;

namespace Discovery.Records.Columns;

/// <summary>
/// The columns of <see cref="SessionTemplate"/>. Boot sets are nested records: they are kept as their JSON text
/// (DuckDB reads it with its JSON functions), as BOS keeps them.
/// </summary>
internal static class SessionTemplateColumns
{
    public static readonly RecordColumns<SessionTemplate> Map = new RecordColumns<SessionTemplate>(() => new SessionTemplate { Id = Guid.Empty, Name = string.Empty })
        .Uuid("id", t => t.Id, (t, v) => t with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the template's id"))
        .Text("name", t => t.Name, (t, v) => t with { Name = v ?? string.Empty }, new("template name (glob with *)", Selective: true))
        .Text("description", t => t.Description, (t, v) => t with { Description = v })
        .Text("boot_sets", t => JsonSerializer.Serialize(t.BootSets, BootSetsJson), (t, v) => t with { BootSets = Read(v) });

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyDictionary<string, BootSet>> BootSetsJson =>
        InventoryJsonContext.Default.IReadOnlyDictionaryStringBootSet;

    private static IReadOnlyDictionary<string, BootSet> Read(string? json) =>
        json is null ? new Dictionary<string, BootSet>() : JsonSerializer.Deserialize(json, BootSetsJson) ?? new Dictionary<string, BootSet>();
}
