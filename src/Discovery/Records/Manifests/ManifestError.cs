using Discovery.Text;

namespace Discovery.Records.Manifests;

/// <summary>A problem in a manifest, located by file, document, line and field.</summary>
/// <param name="Location">Where it is.</param>
/// <param name="Field">The field's JSON path (<c>network_interfaces[0].mac_address</c>), or null when the document or file is at fault.</param>
/// <param name="Message">What is wrong; it quotes the offending value unless the value may hold a secret.</param>
internal sealed record ManifestError(ManifestLocation Location, string? Field, string Message)
{
    /// <summary>The form <c>nodes.yaml:12: document 2: field network_interfaces[0].mac_address: 'zz' is not a MAC address ...</c>.</summary>
    public override string ToString() => Field is null ? $"{Location}: {Message}" : $"{Location}: field {QuotedValue.Bare(Field)}: {Message}";
}
