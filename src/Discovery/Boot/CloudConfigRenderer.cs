using System.Text;
using Discovery.Records;
using YamlDotNet.RepresentationModel;

namespace Discovery.Boot;

/// <summary>
/// A boot profile's runtime settings as one cloud-config document: its <c>user_data</c> with the admin user and SSH
/// key added as a cloud-init <c>users</c> entry (after <c>default</c>, and after any users the user_data lists).
/// Leading comment lines (<c>#cloud-config</c>, <c>## template: jinja</c>) are kept as written.
/// </summary>
internal static class CloudConfigRenderer
{
    /// <summary>The cloud-config text; null when the profile has neither user_data nor an admin user with a key.</summary>
    /// <exception cref="BootServiceException">The profile's user_data is not a YAML mapping.</exception>
    public static string? Render(BootProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var hasUser = profile.AdminUsername is not null && profile.SshKey is not null;
        if (string.IsNullOrWhiteSpace(profile.UserData) && !hasUser)
        {
            return null;
        }

        var text = profile.UserData ?? string.Empty;
        var lines = text.Split('\n');
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        if (!header.Any(l => l.TrimEnd() == "#cloud-config"))
        {
            header.Insert(0, "#cloud-config");
        }

        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        var root = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new BootServiceException($"boot profile '{profile.Name}': user_data is not a cloud-config mapping");
        if (hasUser)
        {
            var users = root.Children.TryGetValue(new YamlScalarNode("users"), out var existing) && existing is YamlSequenceNode list
                ? list
                : new YamlSequenceNode(new YamlScalarNode("default"));
            users.Add(new YamlMappingNode(
                new YamlScalarNode("name"), new YamlScalarNode(profile.AdminUsername),
                new YamlScalarNode("ssh_authorized_keys"), new YamlSequenceNode(new YamlScalarNode(profile.SshKey)),
                new YamlScalarNode("sudo"), new YamlScalarNode("ALL=(ALL) NOPASSWD:ALL"),
                new YamlScalarNode("shell"), new YamlScalarNode("/bin/bash")));
            root.Children[new YamlScalarNode("users")] = users;
        }

        var output = new StringBuilder();
        foreach (var line in header)
        {
            output.Append(line.TrimEnd('\r')).Append('\n');
        }

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);

        // YamlDotNet ends a saved document with the "..." end marker; cloud-init needs none.
        var body = writer.ToString();
        body = body.EndsWith("...\n", StringComparison.Ordinal) ? body[..^4] : body;
        return output.Append(body).ToString();
    }
}
