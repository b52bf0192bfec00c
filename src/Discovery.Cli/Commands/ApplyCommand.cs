using System.CommandLine;
using Discovery.Store.Remote;
using Discovery.Api;
using Discovery.Cli.Output;
using Discovery.Pipeline;
using Discovery.Records.Manifests;
using Discovery.Store;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover apply -f FILE|DIR|- [--dry-run]</c>: YAML or JSON manifests (<c>kind: ComputeNode | NodeGroup |
/// BootProfile | Bmc</c>) create or update records, kubectl-apply style; all or nothing; a second apply reports
/// no change. Errors name the file, document, line and field.
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var inventory = new InventoryOptions(common);
        var files = new Option<string[]>("--filename", "-f") { Description = "Manifest file, folder (its *.yaml, *.yml, *.json) or - for stdin; repeatable", HelpName = "FILE|DIR|-", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; store nothing" };
        var command = new Command("apply", "Create or update records from YAML/JSON manifests") { files, dryRun };
        inventory.AddTo(command);

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var sources = new List<ManifestSource>();
            foreach (var path in parseResult.GetValue(files) ?? [])
            {
                sources.AddRange(await ManifestFiles.ReadAsync(path, context.Input, cancellationToken));
            }

            using var store = await inventory.OpenAsync(context, parseResult, cancellationToken);
            var report = await store.ApplyAsync(new ApplyRequest { Sources = sources, DryRun = parseResult.GetValue(dryRun) }, cancellationToken);
            foreach (var error in report.Errors)
            {
                await context.Error.WriteLineAsync(error.ToString().AsMemory(), cancellationToken);
            }

            if (!report.Succeeded)
            {
                await context.Error.WriteLineAsync($"apply: {report.Errors.Count} error(s); nothing was changed".AsMemory(), cancellationToken);
                return ExitCodes.BadInput;
            }

            var renderer = new OutputRenderer(context, parseResult.GetValue(common.OutputFormat));
            if (renderer.Format is OutputFormat.Json or OutputFormat.Yaml or OutputFormat.Jsonl)
            {
                await renderer.WriteItemAsync(report, ApiJsonContext.Default.ApplyReport, [], cancellationToken);
            }
            else
            {
                foreach (var line in report.Describe())
                {
                    await context.Output.WriteLineAsync(line.AsMemory(), cancellationToken);
                }
            }

            await context.Error.WriteLineAsync(report.Summary().AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
