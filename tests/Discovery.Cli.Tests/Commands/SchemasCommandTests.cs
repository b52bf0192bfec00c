using System.Text.Json;
using Discovery.Records.Schemas;
using Discovery.Testing;

namespace Discovery.Cli.Tests.Commands;

public sealed class SchemasCommandTests
{
    [Fact]
    public async Task Schemas_NoOut_PrintsOneObjectWithEverySchemaByName()
    {
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("schemas");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var doc = JsonDocument.Parse(cli.Output.ToString());
        Assert.Equal(
            ["ComputeNode", "Bmc", "NetworkInterface", "NodeGroup", "BootProfile", "SessionTemplate", "Processor", "MemoryModule", "Accelerator", "Drive", "PcieDevice", "FirmwareItem"],
            doc.RootElement.EnumerateObject().Select(p => p.Name));
        var node = doc.RootElement.GetProperty("ComputeNode");
        Assert.Equal("urn:discover:schemas:ComputeNode", node.GetProperty("$id").GetString());
        Assert.Equal("^[-a-z0-9:._]+$", doc.RootElement.GetProperty("NodeGroup").GetProperty("properties").GetProperty("name").GetProperty("pattern").GetString());
        Assert.Equal(string.Empty, cli.Error.ToString());
    }

    [Fact]
    public async Task Schemas_Out_WritesOneFilePerSchemaEqualToTheLibrarysText()
    {
        using var dir = new TempDirectory();
        var outDir = Path.Combine(dir.Path, "schemas", "v1");
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("schemas", "--out", outDir);

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(string.Empty, cli.Output.ToString());
        Assert.Equal(
            ["Accelerator.json", "Bmc.json", "BootProfile.json", "ComputeNode.json", "Drive.json", "FirmwareItem.json", "MemoryModule.json",
                "NetworkInterface.json", "NodeGroup.json", "PcieDevice.json", "Processor.json", "SessionTemplate.json"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in InventorySchemas.Names)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(outDir, $"{name}.json"), TestContext.Current.CancellationToken);
            Assert.Equal(InventorySchemas.Get(name) + "\n", text);
            Assert.Contains($"wrote {Path.Combine(outDir, name)}.json", cli.Error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Schemas_OutIsAFile_ReportsLocalFailure()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "taken");
        await File.WriteAllTextAsync(file, "x", TestContext.Current.CancellationToken);
        var cli = new CliTestContext();

        var exitCode = await cli.RunAsync("schemas", "--out", file);

        Assert.Equal(ExitCodes.LocalFailure, exitCode);
        Assert.StartsWith($"discover: cannot write schemas to {file}:", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
