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
                foreach (var line in Describe(report))
                {
                    await context.Output.WriteLineAsync(line.AsMemory(), cancellationToken);
                }
            }

            var prefix = report.DryRun ? "apply (dry run, nothing stored)" : "apply";
            await context.Error.WriteLineAsync(
                $"{prefix}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged".AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>created ComputeNode xname=... (30-nodes.yaml:4)</c>, then one indented line per changed field.</summary>
    private static IEnumerable<string> Describe(ApplyReport report)
    {
        foreach (var document in report.Documents)
        {
            var verb = report.DryRun && document.Action != "unchanged" ? "would be " + document.Action : document.Action;
            yield return $"{document.Kind} {document.Identity} {verb} ({document.Location.Source}:{document.Location.Line})";
            if (document.Action == "updated" || report.DryRun)
            {
                foreach (var change in document.Changes)
                {
                    yield return $"  {change.Field}: {change.Before ?? "null"} -> {change.After ?? "null"}";
                }
            }
        }
    }
}
