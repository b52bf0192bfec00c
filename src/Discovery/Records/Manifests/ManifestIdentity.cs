namespace Discovery.Records.Manifests;

/// <summary>
/// Which existing record a document applies to: the first identifying field the document names, in the kind's
/// order (ComputeNode: id, xname; Bmc: id, xname, mac; NodeGroup and BootProfile: name).
/// </summary>
/// <param name="Field">The identifying field's JSON name: <c>id</c>, <c>xname</c>, <c>mac</c> or <c>name</c>.</param>
/// <param name="Value">Its value in normal form (lower-case UUID, canonical xname, lower-case colon MAC), so a store can look it up as is.</param>
internal sealed record ManifestIdentity(string Field, string Value)
{
    /// <summary>The form <c>xname=x3000c0s1b0n0</c>.</summary>
    public override string ToString() => $"{Field}={Value}";
}
