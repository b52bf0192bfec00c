using System.Text.Json.Nodes;
using Discovery.Records.Validation;
using Discovery.Text;
using YamlDotNet.RepresentationModel;

namespace Discovery.Records.Manifests;

/// <summary>
/// Reads one manifest document (a YAML mapping): resolves <c>kind</c>, converts and validates the named fields
/// with the record's rule table, and works out the identity. Problems go to the error list with their lines.
/// </summary>
internal static class ManifestDocumentReader
{
    private const string KindField = "kind";

    public static ManifestDocument? Read(YamlMappingNode map, string source, int index, List<ManifestError> errors)
    {
        var location = new ManifestLocation(source, index, YamlJsonConverter.Line(map));
        var info = ReadKind(map, location, errors);
        if (info is null)
        {
            return null;
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var conversionErrors = new List<(string Field, int Line, string Message)>();
        var ignored = new List<string>();
        var values = new YamlJsonConverter(lines, conversionErrors).ConvertRecord(map, info.Definition, string.Empty, ignored, skip: KindField);

        var fieldErrors = new List<FieldError>();
        // Fields that did not even convert have already been reported; the rules run on the rest.
        var broken = conversionErrors.Select(e => TopLevel(e.Field)).ToHashSet(StringComparer.Ordinal);
        var checkable = new JsonObject();
        foreach (var (name, value) in values.ToList().Where(v => !broken.Contains(v.Key)))
        {
            values.Remove(name);
            checkable[name] = value;
        }

        RecordJsonValidator.Validate(checkable, info.Definition, string.Empty, requireAll: false, fieldErrors);
        CheckInterfacesCanBeMatched(checkable, fieldErrors);
        var identity = Identity(info, checkable);
        var found = conversionErrors
            .Select(e => new ManifestError(location with { Line = e.Line }, e.Field, e.Message))
            .Concat(fieldErrors.Select(e => new ManifestError(location with { Line = ManifestDocument.FindLine(lines, e.Field, location.Line) }, e.Field, e.Message)))
            .OrderBy(e => e.Location.Line)
            .ToList();
        if (identity is null)
        {
            var fields = string.Join("' or '", info.IdentityFields);
            found.Add(new ManifestError(location, null, $"a {info.Definition.Name} document needs '{fields}' to say which record it is"));
        }

        errors.AddRange(found);
        return found.Count > 0 || identity is null
            ? null
            : new ManifestDocument(info.Kind, location, identity, checkable, ignored, lines);
    }

    private static ManifestKindInfo? ReadKind(YamlMappingNode map, ManifestLocation location, List<ManifestError> errors)
    {
        var entry = map.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == KindField);
        if (entry.Key is null)
        {
            errors.Add(new ManifestError(location, null, $"has no 'kind' (expected {ManifestKindInfo.Names})"));
            return null;
        }

        var text = (entry.Value as YamlScalarNode)?.Value;
        var info = text is null ? null : ManifestKindInfo.Find(text);
        if (info is null)
        {
            var near = ManifestKindInfo.All.FirstOrDefault(k => string.Equals(k.Definition.Name, text, StringComparison.OrdinalIgnoreCase));
            var message = text switch
            {
                null or "" => $"'kind' must be {ManifestKindInfo.Names}",
                "NetworkInterface" => "NetworkInterface is not applied on its own: list interfaces under a ComputeNode's or Bmc's network_interfaces",
                _ when near is not null => $"unknown kind {QuotedValue.Of(text)}; did you mean '{near.Definition.Name}'?",
                _ => $"unknown kind {QuotedValue.Of(text)} (expected {ManifestKindInfo.Names})",
            };
            errors.Add(new ManifestError(location with { Line = YamlJsonConverter.Line(entry.Value) }, KindField, message));
        }

        return info;
    }

    /// <summary>An interface without id, MAC or name would get a new id on every apply, so a repeat apply would never be "no change".</summary>
    private static void CheckInterfacesCanBeMatched(JsonObject values, List<FieldError> errors)
    {
        if (values["network_interfaces"] is not JsonArray interfaces)
        {
            return;
        }

        for (var i = 0; i < interfaces.Count; i++)
        {
            if (interfaces[i] is JsonObject nic && nic["id"] is null && nic["mac_address"] is null && nic["name"] is null)
            {
                errors.Add(new FieldError($"network_interfaces[{i}]", "needs 'mac_address', 'name' or 'id' so that applying it again finds the same interface"));
            }
        }
    }

    private static ManifestIdentity? Identity(ManifestKindInfo info, JsonObject values) =>
        info.IdentityFields
            .Where(f => values[f] is JsonValue)
            .Select(f => new ManifestIdentity(f, values[f]!.GetValue<string>()))
            .FirstOrDefault();

    private static string TopLevel(string path)
    {
        var cut = path.IndexOfAny(['.', '[']);
        return cut < 0 ? path : path[..cut];
    }
}
