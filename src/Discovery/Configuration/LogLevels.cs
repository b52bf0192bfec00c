using Microsoft.Extensions.Logging;

namespace Discovery.Configuration;

/// <summary>What the <c>log_level</c> setting asks of a logger factory (the CLI's, or <c>discover serve</c>'s host's).</summary>
internal static class LogLevels
{
    /// <summary>
    /// Discover's own level (warning unless set), and the level of the framework's categories (Microsoft, System):
    /// at least warning unless the level is trace, because at debug ASP.NET describes every request, which drowns
    /// what discover says.
    /// </summary>
    public static (LogLevel Discover, LogLevel Framework) Of(EffectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var level = settings.Text(SettingKeys.LogLevel) switch
        {
            "trace" => LogLevel.Trace,
            "debug" => LogLevel.Debug,
            "information" => LogLevel.Information,
            "error" => LogLevel.Error,
            "none" => LogLevel.None,
            _ => LogLevel.Warning,
        };
        return (level, level == LogLevel.Trace ? LogLevel.Trace : (LogLevel)Math.Max((int)level, (int)LogLevel.Warning));
    }
}
