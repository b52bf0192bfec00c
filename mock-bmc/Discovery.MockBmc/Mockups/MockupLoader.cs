using System.Text;

namespace Discovery.MockBmc.Mockups;

/// <summary>
/// Loads a DMTF-layout mockup folder into a <see cref="MockupTree"/>:
/// 1. index every <c>index.json</c> by its resource URI (tall form: path under the folder; short form: under /redfish/v1),
///    and every other <c>*.json</c> file by its own path (DMTF mockups hold registries as <c>Registries/Base.1.5.0.json</c>);
///    bodies lose their <c>@Redfish.Copyright</c> annotation (<see cref="CopyrightAnnotation"/>);
/// 2. collect identity originals (UUID-named, SerialNumber and MAC-named properties) and pick the manager NIC;
/// 3. record where each original appears as a whole string value anywhere in the tree, so instances can swap them.
/// </summary>
internal static class MockupLoader
{
    private static readonly byte[] RedfishVersionDocument = Encoding.UTF8.GetBytes("{\"v1\": \"/redfish/v1/\"}");

    public static MockupTree Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new MockBmcException($"Mockup folder '{root}' does not exist.");
        }

        var tall = File.Exists(Path.Combine(root, "redfish", "v1", "index.json"));
        if (!tall && !File.Exists(Path.Combine(root, "index.json")))
        {
            throw new MockBmcException($"Mockup folder '{root}' has neither redfish/v1/index.json (tall form) nor index.json (short form).");
        }

        var bodies = ReadBodies(root, tall);
        var (ipv4, managerMac) = ManagerNicPicker.Pick(bodies);
        // Ordinal URI order, not file-system order: MAC ordinals feed the rewritten MACs, which must not vary by machine.
        var builder = new TokenTableBuilder();
        string? serviceUuid = null;
        foreach (var (key, body) in bodies.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            foreach (var value in JsonStringWalker.Walk(body))
            {
                builder.Observe(value);
                if (key == "/redfish/v1" && value.Property == "UUID" && value.Depth == 1)
                {
                    serviceUuid = value.Value;
                }
            }
        }

        var resources = new Dictionary<string, MockupResource>(StringComparer.Ordinal);
        foreach (var (key, body) in bodies.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var role = RoleOf(key);
            var spans = new List<TokenSpan>();
            foreach (var value in JsonStringWalker.Walk(body))
            {
                var token = builder.Match(value, ipv4, role == ResourceRole.ManagerMember);
                if (token is not null)
                {
                    spans.Add(new TokenSpan(value.Offset, value.Length, token.Id));
                }
            }

            resources[key] = new MockupResource { Key = key, Body = body, Spans = spans.ToArray(), Role = role };
        }

        return new MockupTree
        {
            Name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)),
            Resources = resources,
            Tokens = builder.Tokens,
            ServiceUuid = serviceUuid,
            ManagerMac = managerMac,
            SystemsCollectionKey = resources.ContainsKey("/redfish/v1/systems") ? "/redfish/v1/systems" : null,
        };
    }

    private static Dictionary<string, byte[]> ReadBodies(string root, bool tall)
    {
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "index.json", SearchOption.AllDirectories))
        {
            var relative = Relative(root, Path.GetDirectoryName(file)!);
            if (tall && relative.Length == 0)
            {
                continue;
            }

            bodies[KeyOf(relative, tall)] = Read(file);
        }

        // Files served at their own path; a resource folder of the same name (iLO's SchemaStore/en/Session.json/) wins.
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) != "index.json" && (!tall || Path.GetDirectoryName(file) != root))
            {
                bodies.TryAdd(KeyOf(Relative(root, file), tall), Read(file));
            }
        }

        bodies.TryAdd("/redfish", RedfishVersionDocument);
        return bodies;
    }

    private static string Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." ? string.Empty : relative;
    }

    private static string KeyOf(string relative, bool tall) =>
        UriKey.Normalize(tall ? "/" + relative : "/redfish/v1" + (relative.Length == 0 ? string.Empty : "/" + relative));

    private static byte[] Read(string file) => CopyrightAnnotation.Strip(StripBom(File.ReadAllBytes(file)));

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    private static ResourceRole RoleOf(string key)
    {
        var segments = key.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["redfish", "v1"] => ResourceRole.ServiceRoot,
            ["redfish", "v1", "systems"] => ResourceRole.SystemsCollection,
            ["redfish", "v1", "systems", _] => ResourceRole.SystemMember,
            ["redfish", "v1", "managers", _] => ResourceRole.ManagerMember,
            _ => ResourceRole.Other,
        };
    }
}
