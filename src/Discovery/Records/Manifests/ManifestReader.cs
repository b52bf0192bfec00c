namespace Discovery.Records.Manifests;

/// <summary>
/// Reads manifests for <c>discover apply -f FILE|DIR|-</c>: YAML or JSON, one or many documents per source, each a
/// record of one kind with its fields at the top level (snake_case, as in the records' JSON and schemas).
/// </summary>
/// <remarks>
/// <para>A document is flat, kubectl-style in spirit:</para>
/// <code>
/// kind: ComputeNode            # ComputeNode | NodeGroup | BootProfile | Bmc | SessionTemplate
/// xname: x3000c0s1b0n0         # identity: id, else xname (Bmc: id, else xname, else mac; NodeGroup, BootProfile: name)
/// hostname: nid0001
/// groups: [compute, gpu]
/// boot_profile: rocky9         # the name of a BootProfile
/// ---
/// kind: NodeGroup
/// name: compute
/// members: [x3000c0s1b0n0]
/// boot_profile: rocky9         # members without a boot_profile of their own boot with this one
/// </code>
/// <para>A YAML file separates documents with <c>---</c>; a JSON file holds one object or an array of them (a
/// top-level YAML list works too). A directory means its <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> files (not
/// subdirectories) in ordinal name order; <c>-</c> means standard input. See <c>fixtures/manifests/</c>.</para>
/// <para>Checks: <c>kind</c> is required; unknown fields are errors (a typo must not be dropped silently) with a
/// suggestion; values follow the record rules of <see cref="Validation.InventoryValidator"/> and are kept in normal
/// form; a field set to null resets it when applied; each network interface needs <c>mac_address</c>, <c>name</c> or
/// <c>id</c>; a record may appear only once per read. Fields discover maintains (<c>first_seen</c>, <c>last_seen</c>,
/// <c>last_updated</c>, <c>last_crawl_status</c>) are ignored, so <c>get -o yaml</c> output applies back.</para>
/// <para>Reading is all or nothing: any problem in any source means no documents. Every problem is reported (not
/// only the first) with file, document, line and field; a value is quoted unless it may hold a secret.</para>
/// </remarks>
internal static class ManifestReader
{
    /// <summary>The path that means standard input, and how errors name it.</summary>
    public const string StandardInputPath = "-";

    /// <summary>How errors and locations name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <summary>
    /// Reads every manifest under <paramref name="paths"/> (files, directories, or <c>-</c> for
    /// <paramref name="standardInput"/>). Unreadable or missing paths are errors in the result, not exceptions.
    /// </summary>
    public static async Task<ManifestReadResult> ReadAsync(IReadOnlyList<string> paths, TextReader standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(standardInput);
        var documents = new List<ManifestDocument>();
        var errors = new List<ManifestError>();
        foreach (var path in paths)
        {
            foreach (var (source, text) in await ReadSourcesAsync(path, standardInput, errors, cancellationToken))
            {
                ManifestTextParser.Parse(text, source, documents, errors);
            }
        }

        return Result(documents, errors);
    }

    /// <summary>Reads manifest <paramref name="text"/> (an API request body, say); <paramref name="source"/> only names it in errors.</summary>
    public static ManifestReadResult Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var documents = new List<ManifestDocument>();
        var errors = new List<ManifestError>();
        ManifestTextParser.Parse(text, source, documents, errors);
        return Result(documents, errors);
    }

    private static async Task<List<(string Source, string Text)>> ReadSourcesAsync(
        string path, TextReader standardInput, List<ManifestError> errors, CancellationToken cancellationToken)
    {
        if (path == StandardInputPath)
        {
            return [(StandardInputName, await standardInput.ReadToEndAsync(cancellationToken))];
        }

        var files = new List<string>();
        if (Directory.Exists(path))
        {
            files.AddRange(Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Select(f => Path.Combine(path, Path.GetFileName(f)))
                .Order(StringComparer.Ordinal));
            if (files.Count == 0)
            {
                errors.Add(new ManifestError(new ManifestLocation(path, 0, 0), null, "the directory has no *.yaml, *.yml or *.json files"));
            }
        }
        else if (File.Exists(path))
        {
            files.Add(path);
        }
        else
        {
            errors.Add(new ManifestError(new ManifestLocation(path, 0, 0), null, "no such file or directory"));
        }

        var sources = new List<(string, string)>();
        foreach (var file in files)
        {
            try
            {
                sources.Add((file, await File.ReadAllTextAsync(file, cancellationToken)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ManifestError(new ManifestLocation(file, 0, 0), null, $"cannot read: {ex.Message}"));
            }
        }

        return sources;
    }

    private static ManifestReadResult Result(List<ManifestDocument> documents, List<ManifestError> errors)
    {
        // One apply sets each record once; two documents for the same record would make the outcome depend on order.
        var first = new Dictionary<(ManifestKind, ManifestIdentity), ManifestDocument>();
        foreach (var document in documents)
        {
            if (!first.TryAdd((document.Kind, document.Identity), document))
            {
                var earlier = first[(document.Kind, document.Identity)];
                errors.Add(new ManifestError(document.Location, null, $"{document} is also defined at {earlier.Location}; each record may appear once"));
            }
        }

        return errors.Count > 0 ? new ManifestReadResult { Errors = errors } : new ManifestReadResult { Documents = documents };
    }
}
