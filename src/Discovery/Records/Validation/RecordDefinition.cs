using System.Text.Json.Serialization.Metadata;

namespace Discovery.Records.Validation;

/// <summary>A record kind: its schema name, JSON contract and field table.</summary>
internal sealed class RecordDefinition
{
    private readonly Dictionary<string, FieldSpec> _fields;

    public RecordDefinition(string name, string description, JsonTypeInfo typeInfo, IReadOnlyList<FieldSpec> fields)
    {
        Name = name;
        Description = description;
        TypeInfo = typeInfo;
        Fields = fields;
        _fields = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Required = typeInfo.Properties.Where(p => p.IsRequired).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The schema and manifest kind name (<c>ComputeNode</c>).</summary>
    public string Name { get; }

    /// <summary>What the record is, for the schema.</summary>
    public string Description { get; }

    /// <summary>The source-generated contract from <see cref="InventoryJsonContext"/>.</summary>
    public JsonTypeInfo TypeInfo { get; }

    /// <summary>Every field, in declaration order.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; }

    /// <summary>The fields declared <c>required</c> in C#: the one source of "required" for validator and schema.</summary>
    public IReadOnlySet<string> Required { get; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldSpec? Field(string name) => _fields.GetValueOrDefault(name);
}
