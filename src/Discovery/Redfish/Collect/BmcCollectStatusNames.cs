using System.Text.Json;

namespace Discovery.Redfish.Collect;

/// <summary>The snake_case name of a <see cref="BmcCollectStatus"/> (<c>auth_failed</c>), as JSON writes it.</summary>
internal static class BmcCollectStatusNames
{
    /// <summary>The name the enum's <c>JsonStringEnumMemberName</c> gives <paramref name="status"/>; one source, so the store and the output cannot drift.</summary>
    public static string Of(BmcCollectStatus status) =>
        JsonSerializer.Serialize(status, RedfishJsonContext.Default.BmcCollectStatus).Trim('"');
}
