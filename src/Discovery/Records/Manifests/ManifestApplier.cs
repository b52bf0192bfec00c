using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Discovery.Text;

namespace Discovery.Records.Manifests;

/// <summary>
/// Applies a manifest document to a record, kubectl-apply style, as a pure function: the fields the document names
/// are set (null resets a field to its default), the fields it does not name are kept, so <c>apply</c> can add a
/// hostname and groups to a node <c>collect</c> discovered without erasing what was discovered. Lists and maps are
/// replaced whole. The result says which fields changed; an empty list means the record is already as the document
/// says.
/// </summary>
/// <remarks>
/// <para>Boot profiles: a node's or group's <c>boot_profile</c> holds a <see cref="BootProfile"/> name; see
/// <see cref="BootProfileResolver"/> for the profile a node ends up with. Whether that profile exists is for the
/// caller to check against its store (it may come in the same apply).</para>
/// <para>Network interfaces listed in a document keep the id of the existing interface with the same
/// <c>mac_address</c> (else <c>name</c>) and are owned by the record. Timestamps are the caller's: set
/// <c>last_updated</c> when <see cref="ApplyResult{T}.Changed"/>.</para>
/// </remarks>
internal static class ManifestApplier
{
    /// <summary>
    /// Applies <paramref name="document"/> to <paramref name="existing"/>, the record the caller found by
    /// <see cref="ManifestDocument.Identity"/>, or to nothing (null) to create one; <paramref name="newId"/> supplies ids
    /// for a new record without an <c>id</c> and for new network interfaces.
    /// </summary>
    /// <typeparam name="T">The record type of the document's kind: <see cref="ComputeNode"/>, <see cref="NodeGroup"/>, <see cref="BootProfile"/> or <see cref="Bmc"/>.</typeparam>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not the document's kind.</exception>
    public static ApplyResult<T> Apply<T>(ManifestDocument document, T? existing, Func<Guid> newId)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(newId);
        var definition = ManifestKindInfo.Get(document.Kind).Definition;
        if (definition.TypeInfo is not JsonTypeInfo<T> typeInfo)
        {
            throw new ArgumentException($"a {document.Kind} document cannot be applied to a {typeof(T).Name}", nameof(existing));
        }

        var before = existing is null ? null : JsonSerializer.SerializeToNode(existing, typeInfo)!.AsObject();
        var merged = before?.DeepClone().AsObject() ?? [];
        var errors = new List<(string? Field, string Message)>();
        var givenId = document.Values["id"]?.GetValue<string>();
        if (before is not null && givenId is not null && givenId != before["id"]!.GetValue<string>())
        {
            errors.Add(("id", $"{QuotedValue.Of(givenId)} is not the id of the existing {definition.Name} ({before["id"]}); ids never change"));
        }

        merged["id"] ??= givenId ?? newId().ToString();
        foreach (var (field, value) in document.Values)
        {
            var given = value is JsonArray interfaces && field == "network_interfaces"
                ? Complete(interfaces, before, merged, document.Kind, newId, errors)
                : value?.DeepClone();
            if (given is null)
            {
                merged.Remove(field);
            }
            else
            {
                merged[field] = given;
            }
        }

        foreach (var required in definition.Required.Where(r => merged[r] is null).Order(StringComparer.Ordinal))
        {
            errors.Add((null, $"a new {definition.Name} needs '{required}'"));
        }

        if (errors.Count > 0)
        {
            return new ApplyResult<T> { Errors = [.. errors.Select(e => document.Error(e.Field, e.Message))] };
        }

        var record = merged.Deserialize(typeInfo)!;
        // Through the record and back, so defaults (port 443, empty lists) show as the store will hold them.
        var after = JsonSerializer.SerializeToNode(record, typeInfo)!.AsObject();
        var changes = RecordDiff.Compare(before, after, definition);
        return new ApplyResult<T>
        {
            Record = existing is not null && changes.Count == 0 ? existing : record,
            Created = existing is null,
            Changes = changes,
        };
    }

    private static JsonArray Complete(
        JsonArray interfaces, JsonObject? before, JsonObject merged, ManifestKind kind, Func<Guid> newId, List<(string?, string)> errors)
    {
        var found = new List<(string Field, string Message)>();
        var ownerKind = kind == ManifestKind.Bmc ? "bmc" : "node";
        var result = NetworkInterfaceMatcher.Complete(
            interfaces, before?["network_interfaces"] as JsonArray, merged["id"]!.GetValue<string>(), ownerKind, newId, "network_interfaces", found);
        errors.AddRange(found.Select(f => ((string?)f.Field, f.Message)));
        return result;
    }
}
