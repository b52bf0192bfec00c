using System.Text.Json.Nodes;

namespace Discovery.Testing.Smd;

/// <summary>A RedfishEndpoint as the double stores it.</summary>
/// <param name="Stored">What <c>GET /RedfishEndpoints/{xname}</c> answers (SMD's RedfishEndpoint JSON).</param>
/// <param name="Body">The last POST or PUT body it came from (with <c>Systems</c>, <c>Managers</c>, ...).</param>
public sealed record SmdDoubleEndpoint(JsonObject Stored, JsonObject Body)
{
    /// <summary>The xname.</summary>
    public string Id => Stored["ID"]!.GetValue<string>();

    /// <summary>The stored FQDN.</summary>
    public string Fqdn => Stored["FQDN"]!.GetValue<string>();

    /// <summary>The stored MAC, or null.</summary>
    public string? MacAddr => Stored["MACAddr"]?.GetValue<string>();

    /// <summary>Number of <c>Systems[]</c> entries of the body.</summary>
    public int Systems => (Body["Systems"] as JsonArray)?.Count ?? 0;
}
