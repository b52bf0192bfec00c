namespace Discovery.Cli.Run;

/// <summary>One line of <c>discover config show</c>: a setting's effective value (secrets masked) and its source.</summary>
/// <param name="Key">The config-file key.</param>
/// <param name="Value">The value as it will be used; <c>***</c> for a secret that is set, <c>(unset)</c> when unset.</param>
/// <param name="Source">Where it came from: <c>default</c>, <c>run.yaml:12</c>, <c>env DISCOVER_PORTS</c>, <c>flag --ports</c>.</param>
/// <param name="Environment">The variable that sets it.</param>
/// <param name="Flag">The flag that sets it.</param>
internal sealed record ConfigShowRow(string Key, string Value, string Source, string? Environment, string? Flag);
