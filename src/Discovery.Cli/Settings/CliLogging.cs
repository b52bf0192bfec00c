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
        return LoggerFactory.Create(builder => Configure(builder, context, settings));
    }

    /// <summary>
    /// Points <paramref name="builder"/> (a factory's, or <c>discover serve</c>'s host's) at standard error at the
    /// <c>log_level</c> of <paramref name="settings"/> (<see cref="LogLevels"/> keeps ASP.NET's categories at warning
    /// unless it is trace).
    /// </summary>
    public static void Configure(ILoggingBuilder builder, CliContext context, EffectiveSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var (level, framework) = LogLevels.Of(settings);
        builder.SetMinimumLevel(level)
            .AddFilter("Microsoft", framework)
            .AddFilter("System", framework)
            .AddProvider(new ErrorWriterLoggerProvider(context.Error));
    }
}
