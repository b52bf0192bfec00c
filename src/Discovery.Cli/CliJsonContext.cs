using System.Text.Json.Serialization;
using Discovery.Cli.Commands;
using Discovery.Scanning;

namespace Discovery.Cli;

/// <summary>
/// Source-generated JSON for everything the CLI prints. snake_case names, as in DESIGN.md's records;
/// nulls are written so every row of a jsonl stream has the same fields.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(VersionInfo))]
[JsonSerializable(typeof(Discovery.Credentials.SecretsStoreEntry))]
[JsonSerializable(typeof(DiscoveredBmc))]
[JsonSerializable(typeof(Discovery.Cli.Run.ConfigShowRow))]
[JsonSerializable(typeof(Discovery.Pipeline.PassOutcome))]
[JsonSerializable(typeof(Discovery.Smd.Sending.SmdBmcResult))]
[JsonSerializable(typeof(Discovery.Smd.Sending.SmdPlannedRequest))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
