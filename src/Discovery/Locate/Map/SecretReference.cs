namespace Discovery.Locate.Map;

/// <summary>
/// Where a switch's secret lives: <c>file:PATH</c> (first line the community, or for v3 the auth password then
/// optionally the privacy password on the second line) or <c>secret:KEY</c> (a secrets-store entry; its password).
/// The map holds only this reference, never the secret.
/// </summary>
/// <param name="IsFile">True for <c>file:</c>, false for <c>secret:</c>.</param>
/// <param name="Value">The absolute file path, or the secrets-store key.</param>
/// <param name="Origin">Where the reference was written (<c>file:line</c>), for errors.</param>
internal sealed record SecretReference(bool IsFile, string Value, string Origin)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(IsFile ? "file" : "secret")}:{Value}";
}
