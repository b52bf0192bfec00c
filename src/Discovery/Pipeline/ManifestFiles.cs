using Discovery.Records.Manifests;
using Discovery.Store;

namespace Discovery.Pipeline;

/// <summary>The manifests of <c>apply -f</c>: a file, a folder's <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> by name, or <c>-</c> for stdin.</summary>
internal static class ManifestFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    /// <exception cref="PipelineInputException">The path cannot be read, or a folder holds no manifest.</exception>
    public static async Task<IReadOnlyList<ManifestSource>> ReadAsync(string path, TextReader stdin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        if (path == ManifestReader.StandardInputPath)
        {
            return [new ManifestSource(ManifestReader.StandardInputName, await stdin.ReadToEndAsync(cancellationToken))];
        }

        try
        {
            if (!Directory.Exists(path))
            {
                return [new ManifestSource(path, await File.ReadAllTextAsync(path, cancellationToken))];
            }

            var sources = new List<ManifestSource>();
            foreach (var file in Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal))
            {
                sources.Add(new ManifestSource(Path.Combine(path, Path.GetFileName(file)), await File.ReadAllTextAsync(file, cancellationToken)));
            }

            return sources.Count > 0 ? sources : throw new PipelineInputException($"-f {path}: the folder has no *.yaml, *.yml or *.json file");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PipelineInputException($"-f {path}: {ex.Message}", ex);
        }
    }
}
