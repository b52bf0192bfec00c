using Discovery.Configuration;
using Microsoft.Extensions.Logging;

namespace Discovery.Cli.Settings;

/// <summary>
/// The logger factory the jobs log through: the <c>log_level</c> setting (<c>-v</c> is debug), written to standard
/// error as <c>level: Category: message</c> so stdout stays the command's results.
/// </summary>
internal static class CliLogging
{
    /// <summary>A factory at the level of <paramref name="settings"/>' <c>log_level</c>, writing to <paramref name="context"/>'s error writer.</summary>
    public static ILoggerFactory Create(CliContext context, EffectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
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
        return LoggerFactory.Create(builder => builder.SetMinimumLevel(level).AddProvider(new ErrorWriterLoggerProvider(context.Error)));
    }
}
