using System.CommandLine;
using System.Reflection;
using System.Runtime.InteropServices;
using Discovery.Cli.Output;
using Discovery.Text;

namespace Discovery.Cli.Commands;

/// <summary><c>discover version</c>: the tool's version, runtime and OS (useful in bug reports).</summary>
internal static class VersionCommand
{
    private static readonly TableColumn<VersionInfo>[] Columns =
    [
        new("Version", v => v.Version),
        new("Runtime", v => v.Runtime),
        new("OS", v => v.Os),
    ];

    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var command = new Command("version", "Print the version of discover");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var info = new VersionInfo
            {
                Version = typeof(VersionCommand).Assembly
                    .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
                Runtime = RuntimeInformation.FrameworkDescription,
                Os = RuntimeInformation.OSDescription,
            };
            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            await renderer.WriteItemAsync(info, CliJsonContext.Default.VersionInfo, Columns, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
