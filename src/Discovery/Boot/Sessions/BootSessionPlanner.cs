using System.Text.RegularExpressions;
using Discovery.Records;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Boot.Sessions;

/// <summary>
/// Turns a session request into a pending session: the template (at its current version), its boot sets' nodes
/// (node_list and node_groups' members, the first boot set naming a node wins), the limit, and each node's desired
/// kernel, initrd and parameters from the boot set's profile.
/// </summary>
internal static partial class BootSessionPlanner
{
    public static readonly IReadOnlyList<string> Operations = ["boot", "reboot", "shutdown"];

    /// <exception cref="InventoryQueryException">Bad input: an unknown operation or template, a limit naming nothing, no nodes.</exception>
    public static async Task<(BootSession Session, IReadOnlyList<BootSessionNode> Nodes)> PlanAsync(
        InventoryStore store, BootSessionCreate request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        if (!Operations.Contains(request.Operation, StringComparer.Ordinal))
        {
            throw new InventoryQueryException(request.SourceOf("operation"),
                $"{request.SourceOf("operation")} {QuotedValue.Of(request.Operation)} is not one of {string.Join(", ", Operations)}");
        }

        if (request.Name is { } name && !SessionName().IsMatch(name))
        {
            throw new InventoryQueryException(request.SourceOf("name"), $"{request.SourceOf("name")} {QuotedValue.Of(name)} is not a session name (letters, digits, . - _)");
        }

        var template = await store.SessionTemplates.GetAsync(request.TemplateName, cancellationToken)
            ?? throw new InventoryQueryException(request.SourceOf("template_name"), $"{request.SourceOf("template_name")}: no session template {QuotedValue.Of(request.TemplateName)}");
        var now = store.Time.GetUtcNow();
        var sessionName = request.Name ?? Guid.NewGuid().ToString();
        var limit = await LimitAsync(store, request, cancellationToken);
        var nodes = new Dictionary<string, BootSessionNode>(StringComparer.Ordinal);
        foreach (var (setName, set) in template.Record.BootSets.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var profile = (await store.BootProfiles.GetAsync(set.Path, cancellationToken))?.Record;
            foreach (var node in await NodesOfAsync(store, set, cancellationToken))
            {
                if (node.Xname is not { } xname || nodes.ContainsKey(xname) || (limit is not null && !limit.Contains(xname)))
                {
                    continue;
                }

                nodes[xname] = new BootSessionNode
                {
                    Session = sessionName,
                    Node = xname,
                    NodeId = node.Id,
                    BootSet = setName,
                    Profile = set.Path,
                    Kernel = profile?.KernelUrl,
                    Initrd = profile?.InitrdUrl,
                    Params = string.Join(' ', new[] { profile?.KernelParams, set.KernelParameters }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } p ? p : null,
                    UpdatedAt = now,
                };
            }
        }

        if (nodes.Count == 0)
        {
            throw new InventoryQueryException(request.SourceOf("limit"),
                $"session template {QuotedValue.Of(template.Record.Name)}" + (limit is null ? " names no node with an xname" : $" and the limit {QuotedValue.Of(request.Limit)} leave no node"));
        }

        var list = nodes.Values.OrderBy(n => n.Node, StringComparer.Ordinal).ToList();
        var session = new BootSession
        {
            Name = sessionName,
            TemplateName = template.Record.Name,
            TemplateVersion = template.Version,
            Operation = request.Operation,
            Limit = request.Limit,
            Status = BootSessionStatus.Pending,
            CreatedAt = now,
            Components = [.. list.Select(n => n.Node)],
        };
        return (session, list);
    }

    private static async Task<IReadOnlyList<ComputeNode>> NodesOfAsync(InventoryStore store, BootSet set, CancellationToken cancellationToken)
    {
        var nodes = new List<ComputeNode>();
        foreach (var xname in set.NodeList)
        {
            if ((await store.Nodes.GetAsync(xname, cancellationToken))?.Record is { } node)
            {
                nodes.Add(node);
            }
        }

        foreach (var group in set.NodeGroups)
        {
            nodes.AddRange(await MembersAsync(store, group, cancellationToken));
        }

        return nodes;
    }

    private static async Task<IReadOnlyList<ComputeNode>> MembersAsync(InventoryStore store, string group, CancellationToken cancellationToken) =>
        (await store.Nodes.ListAsync(new RecordQuery { Filters = new Dictionary<string, string> { ["group"] = group }, Limit = null }, cancellationToken)).Items;

    /// <summary>The xnames the limit admits, or null for no limit. Each term is a node (xname or id) or a group.</summary>
    private static async Task<HashSet<string>?> LimitAsync(InventoryStore store, BootSessionCreate request, CancellationToken cancellationToken)
    {
        var terms = (request.Limit ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (terms.Length == 0 || terms is ["*"])
        {
            return null;
        }

        HashSet<string>? union = null;
        var intersect = new List<HashSet<string>>();
        var exclude = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var bare = term.TrimStart('!', '&');
            var xnames = await TermAsync(store, bare, cancellationToken)
                ?? throw new InventoryQueryException(request.SourceOf("limit"), $"{request.SourceOf("limit")}: {QuotedValue.Of(bare)} is neither a node nor a group");
            if (term.StartsWith('!'))
            {
                exclude.UnionWith(xnames);
            }
            else if (term.StartsWith('&'))
            {
                intersect.Add(xnames);
            }
            else
            {
                (union ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(xnames);
            }
        }

        var result = union ?? [.. (await store.Nodes.ListAsync(new RecordQuery { Limit = null }, cancellationToken)).Items.Select(n => n.Xname).OfType<string>()];
        foreach (var set in intersect)
        {
            result.IntersectWith(set);
        }

        result.ExceptWith(exclude);
        return result;
    }

    private static async Task<HashSet<string>?> TermAsync(InventoryStore store, string term, CancellationToken cancellationToken)
    {
        if ((await store.Nodes.GetAsync(term, cancellationToken))?.Record is { Xname: { } xname })
        {
            return new HashSet<string>([xname], StringComparer.Ordinal);
        }

        return await store.Groups.GetAsync(term, cancellationToken) is null
            ? null
            : [.. (await MembersAsync(store, term, cancellationToken)).Select(n => n.Xname).OfType<string>()];
    }

    [GeneratedRegex("^[a-zA-Z0-9](?:[-._a-zA-Z0-9]{0,125}[a-zA-Z0-9])?$")]
    private static partial Regex SessionName();
}
