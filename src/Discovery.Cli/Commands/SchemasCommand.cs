using System.CommandLine;
using Discovery.Records.Schemas;

namespace Discovery.Cli.Commands;

/// <summary>
/// <c>discover schemas [--out DIR]</c>: the JSON Schemas of the inventory records, the same ones the API serves at
/// <c>/schemas/{name}.json</c>. Without <c>--out</c>, one JSON object keyed by schema name on stdout; with it,
/// <c>DIR/{name}.json</c> per schema.
/// </summary>
internal static class SchemasCommand
{
    public static Command Create(CliContext context, CommonOptions common)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(common);
        var outDir = new Option<DirectoryInfo?>("--out")
        {
            Description = "Write DIR/<name>.json per schema instead of printing them (DIR is created if missing)",
            HelpName = "DIR",
        };
        var command = new Command("schemas", $"Print the JSON Schemas of the inventory records ({string.Join(", ", InventorySchemas.Names)})");
        command.Options.Add(outDir);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var dir = parseResult.GetValue(outDir);
            if (dir is null)
            {
                await context.Output.WriteLineAsync(InventorySchemas.All().AsMemory(), cancellationToken);
                return ExitCodes.Ok;
            }

            try
            {
                dir.Create();
                foreach (var name in InventorySchemas.Names)
                {
                    var path = Path.Combine(dir.FullName, $"{name}.json");
                    await File.WriteAllTextAsync(path, InventorySchemas.Get(name) + "\n", cancellationToken);
                    await context.Error.WriteLineAsync($"wrote {path}".AsMemory(), cancellationToken);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"discover: cannot write schemas to {dir.FullName}: {ex.Message}".AsMemory(), CancellationToken.None);
                return ExitCodes.LocalFailure;
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
