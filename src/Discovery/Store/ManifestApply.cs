using Discovery.Records;
using Discovery.Records.Manifests;

namespace Discovery.Store;

/// <summary>
/// Applies manifest documents inside one write transaction, kubectl-apply style: each document is merged into the
/// record it names (<see cref="ManifestApplier"/>: named fields set, others kept) and saved through the same checks
/// as the API. Documents go in dependency order (boot profiles, session templates, groups, BMCs, nodes); a group whose members are
/// nodes created later in the same apply gets those members in a second pass. Any error anywhere: the caller rolls
/// everything back.
/// </summary>
internal sealed class ManifestApply
{
    private static readonly ManifestKind[] Order = [ManifestKind.BootProfile, ManifestKind.SessionTemplate, ManifestKind.NodeGroup, ManifestKind.Bmc, ManifestKind.ComputeNode];

    private readonly InventoryStore _store;
    private readonly WriteTransaction _tx;
    private readonly List<AppliedDocument> _applied = [];
    private readonly List<ManifestError> _errors = [];
    private readonly List<(ManifestDocument Document, ManifestLocation Location, NodeGroup Group)> _deferred = [];

    public ManifestApply(InventoryStore store, WriteTransaction tx)
    {
        _store = store;
        _tx = tx;
    }

    /// <summary>Parses every source (all or nothing), naming each by its source name in locations.</summary>
    public static async Task<(IReadOnlyList<(ManifestDocument Document, string Source)> Documents, IReadOnlyList<ManifestError> Errors)> ReadAsync(
        IReadOnlyList<ManifestSource> sources, CancellationToken cancellationToken)
    {
        var documents = new List<(ManifestDocument, string)>();
        var errors = new List<ManifestError>();
        foreach (var source in sources)
        {
            using var reader = new StringReader(source.Text);
            var read = await ManifestReader.ReadAsync([ManifestReader.StandardInputPath], reader, cancellationToken);
            errors.AddRange(read.Errors.Select(e => e with { Location = e.Location with { Source = source.Name } }));
            documents.AddRange(read.Documents.Select(d => (d, source.Name)));
        }

        foreach (var duplicate in documents.GroupBy(d => d.Item1.ToString()).Where(g => g.Count() > 1))
        {
            var (first, firstSource) = duplicate.First();
            foreach (var (document, source) in duplicate.Skip(1))
            {
                errors.Add(new ManifestError(document.Location with { Source = source }, null,
                    $"{document} also appears at {first.Location with { Source = firstSource }}; a record may appear once per apply"));
            }
        }

        return errors.Count > 0 ? ([], errors) : (documents, []);
    }

    public ApplyReport Apply(IReadOnlyList<(ManifestDocument Document, string Source)> documents, bool dryRun)
    {
        foreach (var (document, source) in documents.OrderBy(d => Array.IndexOf(Order, d.Document.Kind)))
        {
            if (document.Kind == ManifestKind.ComputeNode && _tx.Pending is null)
            {
                StartNodeBatch(documents);
            }

            var location = document.Location with { Source = source };
            switch (document.Kind)
            {
                case ManifestKind.BootProfile:
                    ApplyOne(_store.BootProfileSet, document, location, FindByKey(_store.BootProfileSet, document));
                    break;
                case ManifestKind.SessionTemplate:
                    ApplyOne(_store.SessionTemplateSet, document, location, FindByKey(_store.SessionTemplateSet, document));
                    break;
                case ManifestKind.NodeGroup:
                    ApplyOne(_store.GroupSet, document, location, FindByKey(_store.GroupSet, document), DeferUnknownMembers);
                    break;
                case ManifestKind.Bmc:
                    ApplyOne(_store.BmcSet, document, location, FindBmc(document));
                    break;
                default:
                    ApplyOne(_store.NodeSet, document, location, _tx.NodeLookups!.Find(document.Identity.Value));
                    break;
            }
        }

        EndNodeBatch();

        foreach (var (document, location, group) in _deferred)
        {
            var current = _store.GroupSet.Find(_tx.Connection, group.Id.ToString());
            Check(_store.GroupSet.Save(_tx, current, group), document, location);
        }

        return new ApplyReport { DryRun = dryRun, Documents = _errors.Count > 0 ? [] : _applied, Errors = _errors };
    }

    private void ApplyOne<T>(StoreRecordSet<T> set, ManifestDocument document, ManifestLocation location, Versioned<T>? existing, Func<ManifestDocument, ManifestLocation, T, T>? adjust = null)
        where T : class
    {
        // Only the lists the document itself writes are held to the limits: a node's collected NICs are not.
        if (RecordListLimits.Check(set.Kind, document.Values) is { Count: > 0 } tooLong)
        {
            _errors.AddRange(tooLong.Select(e => new ManifestError(location with { Line = document.LineOf(e.Field) }, e.Field, e.Message)));
            return;
        }

        var merged = ManifestApplier.Apply(document, existing?.Record, Guid.NewGuid);
        if (!merged.Succeeded)
        {
            _errors.AddRange(merged.Errors.Select(e => e with { Location = e.Location with { Source = location.Source } }));
            return;
        }

        var action = "unchanged";
        if (merged.Changed)
        {
            var desired = adjust is null ? merged.Record! : adjust(document, location, merged.Record!);
            var saved = set.Save(_tx, existing, desired);
            if (!Check(saved, document, location))
            {
                return;
            }

            if (saved.Record is ComputeNode node && saved.Outcome != WriteOutcome.Unchanged)
            {
                _tx.NodeLookups?.Saved(existing?.Record as ComputeNode, node, saved.Version);
            }

            action = saved.Outcome switch { WriteOutcome.Created => "created", WriteOutcome.Updated => "updated", _ => "unchanged" };
            // A deferred group is saved again in the second pass: it changes even if this first save did not.
            action = action == "unchanged" && _deferred.Any(d => ReferenceEquals(d.Document, document)) ? "updated" : action;
        }

        _applied.Add(new AppliedDocument
        {
            Kind = document.Kind.ToString(),
            Identity = document.Identity.ToString(),
            Location = location,
            Action = action,
            Changes = action == "unchanged" ? [] : [.. merged.Changes.Select(c => new FieldChange(c.Field, c.Old, c.New))],
        });
    }

    /// <summary>
    /// Nodes come last and are most of a big apply: their reads are answered from one bulk read and their writes
    /// wait to go in bulk (DuckDB.NET plans each statement anew: seven per node made 10,000 nodes take a minute).
    /// </summary>
    private void StartNodeBatch(IReadOnlyList<(ManifestDocument Document, string Source)> documents)
    {
        _tx.Pending = new PendingWrites();
        _tx.NodeLookups = NodeLookups.Load(_tx, _store.NodeSet,
            documents.Where(d => d.Document.Kind == ManifestKind.ComputeNode).Select(d => d.Document.Identity.Value));
    }

    /// <summary>Writes what the node batch held back, before the second pass reads nodes from the store again.</summary>
    private void EndNodeBatch()
    {
        _tx.Pending?.Flush(_tx.Connection);
        _tx.Pending = null;
        _tx.NodeLookups = null;
    }

    private NodeGroup DeferUnknownMembers(ManifestDocument document, ManifestLocation location, NodeGroup group)
    {
        var known = group.Members.Where(m => Memberships.NodeId(_tx.Connection, m) is not null).ToList();
        if (known.Count == group.Members.Count)
        {
            return group;
        }

        _deferred.Add((document, location, group));
        return group with { Members = known };
    }

    private bool Check<T>(WriteResult<T> result, ManifestDocument document, ManifestLocation location)
        where T : class
    {
        if (result.Succeeded)
        {
            return true;
        }

        if (result.Errors.Count == 0)
        {
            _errors.Add(new ManifestError(location, null, result.Message ?? result.Outcome.ToString()));
        }

        _errors.AddRange(result.Errors.Select(e => new ManifestError(location with { Line = document.LineOf(e.Field) }, e.Field, e.Message)));
        return false;
    }

    private Versioned<T>? FindByKey<T>(StoreRecordSet<T> set, ManifestDocument document)
        where T : class => set.Find(_tx.Connection, document.Identity.Value);

    private Versioned<Bmc>? FindBmc(ManifestDocument document)
    {
        if (document.Identity.Field != "mac")
        {
            return _store.BmcSet.Find(_tx.Connection, document.Identity.Value);
        }

        var id = _tx.Connection.Scalar("SELECT id FROM bmcs WHERE mac = ? LIMIT 1", document.Identity.Value);
        return id is null ? null : _store.BmcSet.Find(_tx.Connection, id);
    }
}
