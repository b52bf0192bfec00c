using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Discovery.Yaml;

/// <summary>
/// Writes a JSON document as YAML, so <c>-o yaml</c> has exactly the field names and shapes of
/// <c>-o json</c> (both come from the same source-generated serializer).
/// </summary>
internal static class YamlJsonWriter
{
    public static void Write(TextWriter writer, JsonElement element)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var emitter = new Emitter(writer);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        EmitValue(emitter, element);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    private static void EmitValue(IEmitter emitter, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                emitter.Emit(new MappingStart());
                foreach (var property in element.EnumerateObject())
                {
                    EmitString(emitter, property.Name);
                    EmitValue(emitter, property.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonValueKind.Array:
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                foreach (var item in element.EnumerateArray())
                {
                    EmitValue(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValueKind.String:
                EmitString(emitter, element.GetString() ?? string.Empty);
                break;
            case JsonValueKind.Number:
                emitter.Emit(new Scalar(null, null, element.GetRawText(), ScalarStyle.Plain, true, false));
                break;
            case JsonValueKind.True:
                emitter.Emit(new Scalar(null, null, "true", ScalarStyle.Plain, true, false));
                break;
            case JsonValueKind.False:
                emitter.Emit(new Scalar(null, null, "false", ScalarStyle.Plain, true, false));
                break;
            default:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
        }
    }

    private static void EmitString(IEmitter emitter, string value)
    {
        // A plain scalar that reads back as a number, bool or null would change type ("1.0", "true", "~").
        var style = LooksLikeNonString(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, value, style, true, true));
    }

    private static bool LooksLikeNonString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        switch (value.ToLowerInvariant())
        {
            case "true":
            case "false":
            case "yes":
            case "no":
            case "on":
            case "off":
            case "null":
            case "~":
                return true;
            default:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
    }
}
