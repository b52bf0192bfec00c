using System.Text.Json;

namespace Discovery.Smd.Tests.Support;

/// <summary>Compares the keys and JSON types of two documents: what an example has, the actual body must have too.</summary>
internal static class JsonShape
{
    /// <summary>
    /// Every key of <paramref name="expected"/> (recursively; array elements against the example's first
    /// element) missing from <paramref name="actual"/> or holding another JSON type, as <c>path: problem</c>;
    /// keys in <paramref name="optional"/> (by path) may be absent. Empty arrays in the actual body are not descended.
    /// </summary>
    public static IReadOnlyList<string> Differences(JsonElement expected, JsonElement actual, IReadOnlySet<string>? optional = null)
    {
        var problems = new List<string>();
        Compare(expected, actual, "$", problems, optional ?? new HashSet<string>());
        return problems;
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> problems, IReadOnlySet<string> optional)
    {
        if (Kind(expected) != Kind(actual))
        {
            problems.Add($"{path}: {Kind(actual)}, the example has {Kind(expected)}");
            return;
        }

        if (expected.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in expected.EnumerateObject())
            {
                var at = $"{path}.{property.Name}";
                if (actual.TryGetProperty(property.Name, out var value))
                {
                    Compare(property.Value, value, at, problems, optional);
                }
                else if (!optional.Contains(at))
                {
                    problems.Add($"{at}: missing");
                }
            }
        }
        else if (expected.ValueKind == JsonValueKind.Array && expected.GetArrayLength() > 0)
        {
            var i = 0;
            foreach (var element in actual.EnumerateArray())
            {
                Compare(expected[0], element, $"{path}[{i++}]", problems, optional);
            }
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
