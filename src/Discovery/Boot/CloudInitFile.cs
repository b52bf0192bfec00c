using System.Text;
using System.Text.Json.Serialization;

namespace Discovery.Boot;

/// <summary>A <c>cistore.CloudConfigFile</c>: the content, plain or base64.</summary>
internal sealed record CloudInitFile
{
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    [JsonPropertyName("encoding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoding { get; init; }

    /// <summary>The text, decoded when base64; null when undecodable.</summary>
    public string? Text()
    {
        if (Encoding != "base64")
        {
            return Content;
        }

        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Content ?? string.Empty));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The text as base64, so that YAML with any characters survives the JSON and the server's templating.</summary>
    public static CloudInitFile Of(string text) => new() { Content = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)), Encoding = "base64" };
}
