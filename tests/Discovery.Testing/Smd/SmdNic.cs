using System.Text.Json.Nodes;

namespace Discovery.Testing.Smd;

/// <summary>An <c>ethernet_interfaces[]</c> entry of a body's system or manager, as SMD decodes it.</summary>
internal sealed record SmdNic(string Mac, string Ip, string Description)
{
    /// <summary>The NICs of a system or manager entry; throws <see cref="GoJsonException"/> on a wrong type.</summary>
    public static IReadOnlyList<SmdNic> ListOf(JsonObject owner) =>
        [.. GoJson.Objects(owner, "ethernet_interfaces").Select(n => new SmdNic(GoJson.String(n, "mac"), GoJson.String(n, "ip"), GoJson.String(n, "description")))];
}
