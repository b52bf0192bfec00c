using YamlDotNet.Core;

namespace Discovery.Yaml;

/// <summary>
/// Thrown while YAML is read when it is nested too deeply or its aliases expand too far; carries the place
/// where reading stopped so the error can name the line.
/// </summary>
internal sealed class YamlLimitException(Mark at, string message) : Exception(message)
{
    /// <summary>Where the event that went over the limit starts.</summary>
    public Mark At { get; } = at;
}
