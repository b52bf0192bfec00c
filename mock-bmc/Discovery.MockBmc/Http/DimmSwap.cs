using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Http;

/// <summary>
/// The <see cref="MockFaults.DimmSerial"/> fault: one DIMM's serial rewritten, as if a technician swapped it between
/// two crawls. The slot is the first <c>Systems/*/Memory</c> member (URI order) whose body has a <c>SerialNumber</c>.
/// </summary>
internal static class DimmSwap
{
    private static readonly ConditionalWeakTable<MockupTree, string> FirstDimms = [];

    /// <summary>The key of the DIMM the fault rewrites, or an empty string when the mockup has none with a serial.</summary>
    public static string FirstDimm(MockupTree tree) => FirstDimms.GetValue(tree, Find);

    /// <summary>The body with its <c>SerialNumber</c> set to <paramref name="serial"/> (a body that is no JSON object is served as it is).</summary>
    public static ReadOnlyMemory<byte> Apply(ReadOnlyMemory<byte> body, string serial)
    {
        try
        {
            if (JsonNode.Parse(body.Span) is not JsonObject dimm)
            {
                return body;
            }

            dimm["SerialNumber"] = serial;
            return Encoding.UTF8.GetBytes(dimm.ToJsonString());
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static string Find(MockupTree tree) => tree.Resources.Keys
        .Where(IsMemoryMember)
        .Order(StringComparer.Ordinal)
        .FirstOrDefault(key => HasSerial(tree.Resources[key].Body)) ?? string.Empty;

    private static bool IsMemoryMember(string key) =>
        key.Split('/') is ["", "redfish", "v1", "systems", _, "memory", _];

    private static bool HasSerial(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject dimm && dimm["SerialNumber"] is JsonValue value
                && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
