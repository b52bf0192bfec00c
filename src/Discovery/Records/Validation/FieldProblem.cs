namespace Discovery.Records.Validation;

/// <summary>What is wrong with one value, before it is placed at a field path.</summary>
/// <param name="Message">The reason, phrased to follow the value ("is not a MAC address ...").</param>
/// <param name="Value">The offending value as text, or null when it must not be echoed.</param>
internal sealed record FieldProblem(string Message, string? Value);
