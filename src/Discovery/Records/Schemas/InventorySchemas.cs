using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.Records.Validation;
using Discovery.Text;

namespace Discovery.Records.Schemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the inventory records, generated from the records and enriched from the same
/// rule table <see cref="InventoryValidator"/> applies: a record the validator accepts validates against its schema
/// and the other way round. The API serves them at <c>/schemas/{name}.json</c>; <c>discover schemas</c> prints them.
/// </summary>
/// <remarks>
/// Each schema has <c>$id</c> <c>urn:discover:schemas:{name}</c>, a <c>title</c> and a description on every field.
/// Records are closed (<c>additionalProperties: false</c>); fields discover maintains itself are <c>readOnly</c>.
/// Patterns describe the spellings accepted on input (a MAC with dashes, an upper-case xname); the store keeps the
/// normal form, which also matches. <c>format</c> is informational, as draft 2020-12 makes it; the pattern decides.
/// </remarks>
internal static class InventorySchemas
{
    /// <summary>The prefix of every schema's <c>$id</c>.</summary>
    public const string IdPrefix = "urn:discover:schemas:";

    // Relaxed escaping keeps '+' and '<' readable in patterns and descriptions; the text is never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(Generate);

    /// <summary>The schema names, one per record kind: ComputeNode, Bmc, NetworkInterface, NodeGroup, BootProfile, SessionTemplate, then the parts.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. RecordDefinitions.WithSchemas.Select(d => d.Name)];

    /// <summary>The schema named <paramref name="name"/> (case-sensitive) as indented JSON text.</summary>
    /// <exception cref="ArgumentException">No schema has that name; the message lists the names.</exception>
    public static string Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryGet(name, out var json)
            ? json
            : throw new ArgumentException($"no schema named {QuotedValue.Of(name)} (expected one of {string.Join(", ", Names)})", nameof(name));
    }

    /// <summary>Gets the schema named <paramref name="name"/> (case-sensitive); false when there is none.</summary>
    public static bool TryGet(string name, [NotNullWhen(true)] out string? json)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Texts.Value.TryGetValue(name, out json);
    }

    /// <summary>Every schema in one indented JSON object keyed by name (<c>{"ComputeNode": {...}, ...}</c>), in <see cref="Names"/> order.</summary>
    public static string All()
    {
        var all = new JsonObject();
        foreach (var name in Names)
        {
            all[name] = JsonNode.Parse(Get(name));
        }

        return all.ToJsonString(Indented);
    }

    private static IReadOnlyDictionary<string, string> Generate() =>
        RecordDefinitions.WithSchemas.ToDictionary(d => d.Name, d => SchemaBuilder.Build(d).ToJsonString(Indented), StringComparer.Ordinal);
}
