namespace Discovery.Records.Validation;

/// <summary>One invalid field of a record or manifest document.</summary>
/// <param name="Field">
/// The field's JSON path in snake_case, e.g. <c>network_interfaces[0].mac_address</c> or <c>labels.role</c>.
/// </param>
/// <param name="Message">What is wrong, as a full sentence fragment that names the value when it may be shown.</param>
/// <param name="Value">
/// The offending value as text; null when absent or when it must not be echoed (it may hold a secret, such as a
/// private key pasted into <c>ssh_key</c> or credentials inside a URL).
/// </param>
internal sealed record FieldError(string Field, string Message, string? Value = null)
{
    /// <summary>The form <c>field: message</c>.</summary>
    public override string ToString() => $"{Field}: {Message}";
}
